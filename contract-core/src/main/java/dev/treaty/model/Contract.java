package dev.treaty.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A producer's promise about one data product: an Open Data Contract Standard (ODCS) v3.1
 * document, with Treaty's settings carried in its {@code customProperties} so the file still
 * validates against the official ODCS schema.
 *
 * <p>A contract is immutable. It keeps the whole document it was read from, so fields that Treaty
 * does not model are never dropped: writing a contract back writes them unchanged, in their
 * original order. Read contracts with {@link dev.treaty.Treaty#readContract}, build new ones with
 * {@link #builder(String, String)}.
 *
 * <p>Treaty's custom properties (at the contract level, or on one schema object):
 * <table>
 *   <caption>Treaty's custom properties</caption>
 *   <tr><th>property</th><th>value</th></tr>
 *   <tr><td>{@value #SCHEMA_PROPERTY}</td><td>the physical schema file, relative to the contract
 *       file, optionally with {@code #element} (a JSON pointer, an Avro full name, a Protobuf
 *       message)</td></tr>
 *   <tr><td>{@value #FORMAT_PROPERTY}</td><td>{@code json-schema}, {@code avro} or
 *       {@code protobuf}, when the file name does not tell</td></tr>
 *   <tr><td>{@value #COMPATIBILITY_PROPERTY}</td><td>a {@link CompatibilityMode}; default
 *       {@code BACKWARD}</td></tr>
 *   <tr><td>{@value #POLICY_PROPERTY}</td><td>an {@link EvolutionPolicy}; default
 *       {@code strict}</td></tr>
 * </table>
 */
public final class Contract {

  /** The custom property that binds a schema object to its physical schema file. */
  public static final String SCHEMA_PROPERTY = "treaty.schema";
  /** The custom property that names the schema format explicitly. */
  public static final String FORMAT_PROPERTY = "treaty.format";
  /** The custom property that sets the compatibility mode. */
  public static final String COMPATIBILITY_PROPERTY = "treaty.compatibility";
  /** The custom property that sets the evolution policy. */
  public static final String POLICY_PROPERTY = "treaty.policy";
  /** The ODCS version Treaty writes. */
  public static final String CURRENT_API_VERSION = "v3.1.0";

  private final Map<String, @Nullable Object> document;
  private final String source;
  private final String apiVersion;
  private final String id;
  private final String version;
  private final String status;
  private final @Nullable String name;
  private final @Nullable String domain;
  private final @Nullable String dataProduct;
  private final @Nullable Team team;
  private final @Nullable Description description;
  private final List<SchemaObject> schema;
  private final List<String> tags;
  private final List<SlaProperty> slaProperties;
  private final List<CustomProperty> customProperties;
  private final CompatibilityMode compatibility;
  private final EvolutionPolicy policy;

  private Contract(Map<String, @Nullable Object> document, String source) {
    this.document = document;
    this.source = Objects.requireNonNull(source, "source");
    this.apiVersion = required(document, "apiVersion");
    this.id = required(document, "id");
    this.version = required(document, "version");
    this.status = required(document, "status");
    this.name = PlainData.text(document, "name");
    this.domain = PlainData.text(document, "domain");
    this.dataProduct = PlainData.text(document, "dataProduct");
    this.team = Team.from(document.get("team"));
    this.description = Description.from(document.get("description"));
    this.schema = list(document.get("schema"), SchemaObject::from);
    this.tags = PlainData.strings(document.get("tags"));
    this.slaProperties = list(document.get("slaProperties"), SlaProperty::from);
    this.customProperties = list(document.get("customProperties"), CustomProperty::from);
    this.compatibility = setting(COMPATIBILITY_PROPERTY)
        .map(CompatibilityMode::parse).orElse(CompatibilityMode.DEFAULT);
    this.policy = setting(POLICY_PROPERTY).map(EvolutionPolicy::parse).orElse(EvolutionPolicy.STRICT);
  }

  /**
   * Creates the typed view of an ODCS document. The facade validates documents (with file, line
   * and column for every problem) before it calls this; called directly, it checks only what the
   * view needs.
   *
   * @param document the whole document as plain values (see {@link #document()}); copied
   * @param source the file it came from, for messages
   * @return the contract
   * @throws IllegalArgumentException if {@code apiVersion}, {@code id}, {@code version} or
   *     {@code status} is missing, or a Treaty custom property has an invalid value
   */
  public static Contract of(Map<String, ?> document, String source) {
    return new Contract(PlainData.freezeMap(document), source);
  }

  /**
   * Starts a new contract.
   *
   * @param id the contract's id, e.g. {@code payments.order-events}
   * @param version its version, e.g. {@code 1.0.0}
   * @return a builder
   */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * The file this contract was read from, or a label for contracts built in code.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The ODCS version the document declares.
   *
   * @return e.g. {@code v3.1.0}
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * The contract's id, the key in registries.
   *
   * @return e.g. {@code payments.order-events}
   */
  public String id() {
    return id;
  }

  /**
   * The contract's version.
   *
   * @return e.g. {@code 2.1.0}
   */
  public String version() {
    return version;
  }

  /**
   * The contract's version, parsed for ordering.
   *
   * @return the version
   */
  public Version parsedVersion() {
    return Version.parse(version);
  }

  /**
   * The lifecycle status.
   *
   * @return e.g. {@code active}, {@code deprecated}
   */
  public String status() {
    return status;
  }

  /**
   * The contract's display name.
   *
   * @return the name, if set
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The owning domain.
   *
   * @return the domain, if set
   */
  public Optional<String> domain() {
    return Optional.ofNullable(domain);
  }

  /**
   * The data product this contract belongs to.
   *
   * @return the data product, if set
   */
  public Optional<String> dataProduct() {
    return Optional.ofNullable(dataProduct);
  }

  /**
   * The owning team.
   *
   * @return the team, if set
   */
  public Optional<Team> team() {
    return Optional.ofNullable(team);
  }

  /**
   * The high-level description.
   *
   * @return the description, if set
   */
  public Optional<Description> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The schema objects (the data's top-level elements: topics, tables, files).
   *
   * @return the objects, in document order
   */
  public List<SchemaObject> schema() {
    return schema;
  }

  /**
   * The contract's tags.
   *
   * @return the tags
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * Service-level properties.
   *
   * @return the SLA properties, in document order
   */
  public List<SlaProperty> slaProperties() {
    return slaProperties;
  }

  /**
   * Contract-level custom properties, Treaty's included.
   *
   * @return the properties, in document order
   */
  public List<CustomProperty> customProperties() {
    return customProperties;
  }

  /**
   * The compatibility mode from {@value #COMPATIBILITY_PROPERTY}.
   *
   * @return the mode; {@link CompatibilityMode#DEFAULT} when not set
   */
  public CompatibilityMode compatibility() {
    return compatibility;
  }

  /**
   * The evolution policy from {@value #POLICY_PROPERTY}.
   *
   * @return the policy; {@link EvolutionPolicy#STRICT} when not set
   */
  public EvolutionPolicy policy() {
    return policy;
  }

  /**
   * The physical schema each schema object is bound to. A binding on the schema object wins; a
   * contract-level binding applies when the contract has exactly one schema object.
   *
   * @return bindings by schema object name, in document order
   */
  public Map<String, SchemaBinding> bindings() {
    Map<String, SchemaBinding> result = new java.util.LinkedHashMap<>();
    Optional<SchemaBinding> contractLevel = SchemaBinding.from(customProperties);
    for (SchemaObject object : schema) {
      SchemaBinding own = object.binding();
      if (own != null) {
        result.put(object.name(), own);
      } else if (contractLevel.isPresent() && schema.size() == 1) {
        result.put(object.name(), contractLevel.get());
      }
    }
    if (schema.isEmpty() && contractLevel.isPresent()) {
      result.put(id, contractLevel.get());
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The value of a contract-level custom property.
   *
   * @param property the property name
   * @return its value as text, if present and not null
   */
  public Optional<String> customProperty(String property) {
    return customProperties.stream().filter(p -> p.property().equals(property))
        .map(CustomProperty::value).filter(Objects::nonNull).map(String::valueOf).findFirst();
  }

  /**
   * A copy with another version.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Contract withVersion(String newVersion) {
    Map<String, @Nullable Object> copy = editable();
    copy.put("version", Objects.requireNonNull(newVersion, "newVersion"));
    return of(copy, source);
  }

  /**
   * A copy with another status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public Contract withStatus(String newStatus) {
    Map<String, @Nullable Object> copy = editable();
    copy.put("status", Objects.requireNonNull(newStatus, "newStatus"));
    return of(copy, source);
  }

  /**
   * A copy with a contract-level custom property set (replacing one of the same name).
   *
   * @param property the property name
   * @param value the value: a string, boolean, number, list, map or {@code null}
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  public Contract withCustomProperty(String property, @Nullable Object value) {
    Map<String, @Nullable Object> copy = editable();
    Object existing = copy.get("customProperties");
    List<@Nullable Object> properties =
        existing instanceof List<?> ? (List<@Nullable Object>) existing : new ArrayList<>();
    copy.put("customProperties", properties);
    Map<String, @Nullable Object> entry = null;
    for (Object candidate : properties) {
      if (candidate instanceof Map<?, ?> map && property.equals(map.get("property"))) {
        entry = (Map<String, @Nullable Object>) map;
      }
    }
    if (entry == null) {
      entry = new java.util.LinkedHashMap<>();
      entry.put("property", property);
      properties.add(entry);
    }
    entry.put("value", PlainData.freeze(value));
    return of(copy, source);
  }

  @SuppressWarnings("unchecked")
  private Map<String, @Nullable Object> editable() {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(PlainData.thaw(document));
  }

  /**
   * The whole ODCS document, including every field Treaty does not model, as plain immutable
   * values: {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger}, {@code BigDecimal},
   * {@code List}, insertion-ordered {@code Map}, or {@code null}.
   *
   * @return the document
   */
  public Map<String, @Nullable Object> document() {
    return document;
  }

  private Optional<String> setting(String property) {
    return customProperty(property);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contract other && document.equals(other.document);
  }

  @Override
  public int hashCode() {
    return document.hashCode();
  }

  @Override
  public String toString() {
    return id + " " + version + " (" + source + ")";
  }

  private static String required(Map<String, ?> document, String field) {
    String value = PlainData.text(document, field);
    if (value == null) {
      throw new IllegalArgumentException("contract has no " + field);
    }
    return value;
  }

  private static <T> List<T> list(
      @Nullable Object value, java.util.function.Function<Map<String, @Nullable Object>, T> read) {
    List<T> result = new ArrayList<>();
    for (Object element : PlainData.list(value)) {
      if (element instanceof Map<?, ?>) {
        result.add(read.apply(PlainData.map(element)));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Where a schema object's physical schema is.
   *
   * @param location the schema file, relative to the contract file, with forward slashes
   * @param element the element within the file (after {@code #}), or {@code null} for its main one
   * @param format the format id from {@value #FORMAT_PROPERTY}, or {@code null} to infer it from
   *     the file name
   */
  public record SchemaBinding(String location, @Nullable String element, @Nullable String format) {

    /** Validates the binding. */
    public SchemaBinding {
      Objects.requireNonNull(location, "location");
      if (location.isBlank()) {
        throw new IllegalArgumentException("schema location is empty");
      }
    }

    /**
     * Parses {@code file[#element]}.
     *
     * @param reference the value of {@value #SCHEMA_PROPERTY}
     * @param format the explicit format, or {@code null}
     * @return the binding
     */
    public static SchemaBinding parse(String reference, @Nullable String format) {
      int hash = reference.indexOf('#');
      String file = hash < 0 ? reference : reference.substring(0, hash);
      String element = hash < 0 || hash == reference.length() - 1 ? null : reference.substring(hash + 1);
      return new SchemaBinding(file.trim(), element, format);
    }

    static Optional<SchemaBinding> from(List<CustomProperty> properties) {
      String reference = null;
      String format = null;
      for (CustomProperty property : properties) {
        if (property.property().equals(SCHEMA_PROPERTY) && property.value() != null) {
          reference = String.valueOf(property.value());
        } else if (property.property().equals(FORMAT_PROPERTY) && property.value() != null) {
          format = String.valueOf(property.value());
        }
      }
      return reference == null ? Optional.empty() : Optional.of(parse(reference, format));
    }

    /** Renders {@code location[#element]}. */
    @Override
    public String toString() {
      return element == null ? location : location + "#" + element;
    }
  }

  /**
   * The owning team.
   *
   * @param name the team's name, or {@code null} (ODCS v3.0 wrote the team as a bare member list)
   * @param description what the team does, or {@code null}
   * @param members the team's members
   */
  public record Team(@Nullable String name, @Nullable String description, List<TeamMember> members) {
    /** Copies the members. */
    public Team {
      members = List.copyOf(members);
    }

    static @Nullable Team from(@Nullable Object node) {
      if (node instanceof List<?>) {
        return new Team(null, null, list(node, TeamMember::from));
      }
      if (!(node instanceof Map<?, ?>)) {
        return null;
      }
      Map<String, @Nullable Object> map = PlainData.map(node);
      return new Team(PlainData.text(map, "name"), PlainData.text(map, "description"),
          list(map.get("members"), TeamMember::from));
    }
  }

  /**
   * A member of the owning team.
   *
   * @param username the member's user name
   * @param role the member's role, or {@code null}
   */
  public record TeamMember(String username, @Nullable String role) {
    /** Validates the member. */
    public TeamMember {
      Objects.requireNonNull(username, "username");
    }

    static TeamMember from(Map<String, @Nullable Object> node) {
      String username = PlainData.text(node, "username");
      return new TeamMember(username == null ? "" : username, PlainData.text(node, "role"));
    }
  }

  /**
   * The contract's high-level description.
   *
   * @param purpose why the data exists, or {@code null}
   * @param usage how it is meant to be used, or {@code null}
   * @param limitations what it does not cover, or {@code null}
   */
  public record Description(@Nullable String purpose, @Nullable String usage, @Nullable String limitations) {
    static @Nullable Description from(@Nullable Object value) {
      if (!(value instanceof Map<?, ?>)) {
        return null;
      }
      Map<String, @Nullable Object> node = PlainData.map(value);
      return new Description(PlainData.text(node, "purpose"), PlainData.text(node, "usage"),
          PlainData.text(node, "limitations"));
    }
  }

  /**
   * A top-level element of the data product (a topic, table, file...) and its properties.
   *
   * @param name the element's name
   * @param physicalName its name in the data source, or {@code null}
   * @param physicalType e.g. {@code topic}, {@code table}, or {@code null}
   * @param description what it holds, or {@code null}
   * @param tags its tags
   * @param properties metadata about its fields, by name (nested for objects and arrays)
   * @param quality quality rules on the whole element
   * @param customProperties its custom properties, Treaty's included
   */
  public record SchemaObject(
      String name,
      @Nullable String physicalName,
      @Nullable String physicalType,
      @Nullable String description,
      List<String> tags,
      List<Property> properties,
      List<QualityRule> quality,
      List<CustomProperty> customProperties) {

    /** Copies the lists. */
    public SchemaObject {
      Objects.requireNonNull(name, "name");
      tags = List.copyOf(tags);
      properties = List.copyOf(properties);
      quality = List.copyOf(quality);
      customProperties = List.copyOf(customProperties);
    }

    /**
     * This object's own schema binding, from its custom properties.
     *
     * @return the binding, or {@code null} when the object has none
     */
    public @Nullable SchemaBinding binding() {
      return SchemaBinding.from(customProperties).orElse(null);
    }

    /**
     * Every property with its path in the data, depth first ({@code items} of an array property
     * add a {@code []} step).
     *
     * @return the properties by path
     */
    public Map<FieldPath, Property> propertiesByPath() {
      Map<FieldPath, Property> out = new java.util.LinkedHashMap<>();
      for (Property property : properties) {
        property.collect(FieldPath.ROOT, out);
      }
      return Collections.unmodifiableMap(out);
    }

    static SchemaObject from(Map<String, @Nullable Object> node) {
      return new SchemaObject(
          Objects.requireNonNullElse(PlainData.text(node, "name"), ""),
          PlainData.text(node, "physicalName"),
          PlainData.text(node, "physicalType"),
          PlainData.text(node, "description"),
          PlainData.strings(node.get("tags")),
          list(node.get("properties"), Property::from),
          list(node.get("quality"), QualityRule::from),
          list(node.get("customProperties"), CustomProperty::from));
    }
  }

  /**
   * Metadata about one field of the data: its logical type and options, whether it is required,
   * classification and tags, quality rules.
   *
   * @param name the field's name ({@code null} only for an array's {@code items})
   * @param logicalType one of ODCS's logical types ({@code string}, {@code date}, {@code timestamp},
   *     {@code time}, {@code number}, {@code integer}, {@code object}, {@code array},
   *     {@code boolean}), or {@code null}
   * @param logicalTypeOptions options of the logical type (e.g. {@code maxLength}, {@code format})
   * @param physicalType the type in the data source, or {@code null}
   * @param description what the field means, or {@code null}
   * @param required whether the field must have a value
   * @param unique whether its values are unique
   * @param primaryKey whether it is (part of) the primary key
   * @param classification e.g. {@code public}, {@code restricted}, or {@code null}
   * @param tags its tags, e.g. {@code pii}
   * @param quality quality rules on the field
   * @param customProperties its custom properties
   * @param items for an array, the metadata of its elements, or {@code null}
   * @param properties for an object, the metadata of its fields
   */
  public record Property(
      @Nullable String name,
      @Nullable String logicalType,
      Map<String, @Nullable Object> logicalTypeOptions,
      @Nullable String physicalType,
      @Nullable String description,
      boolean required,
      boolean unique,
      boolean primaryKey,
      @Nullable String classification,
      List<String> tags,
      List<QualityRule> quality,
      List<CustomProperty> customProperties,
      @Nullable Property items,
      List<Property> properties) {

    /** Copies the collections. */
    public Property {
      logicalTypeOptions = PlainData.freezeMap(logicalTypeOptions);
      tags = List.copyOf(tags);
      quality = List.copyOf(quality);
      customProperties = List.copyOf(customProperties);
      properties = List.copyOf(properties);
    }

    void collect(FieldPath parent, Map<FieldPath, Property> out) {
      FieldPath path = name == null ? parent : parent.field(name);
      out.put(path, this);
      if (items != null) {
        items.collect(path.element(), out);
      }
      for (Property child : properties) {
        child.collect(path, out);
      }
    }

    static Property from(Map<String, @Nullable Object> node) {
      Object items = node.get("items");
      return new Property(
          PlainData.text(node, "name"),
          PlainData.text(node, "logicalType"),
          PlainData.map(node.get("logicalTypeOptions")),
          PlainData.text(node, "physicalType"),
          PlainData.text(node, "description"),
          PlainData.flag(node, "required"),
          PlainData.flag(node, "unique"),
          PlainData.flag(node, "primaryKey"),
          PlainData.text(node, "classification"),
          PlainData.strings(node.get("tags")),
          list(node.get("quality"), QualityRule::from),
          list(node.get("customProperties"), CustomProperty::from),
          items instanceof Map<?, ?> ? Property.from(PlainData.map(items)) : null,
          list(node.get("properties"), Property::from));
    }
  }

  /**
   * A data quality rule.
   *
   * @param type {@code library}, {@code text}, {@code sql} or {@code custom}; {@code library} when unset
   * @param metric the library metric (e.g. {@code nullValues}, {@code rowCount}), or {@code null}
   * @param dimension the quality dimension (e.g. {@code completeness}), or {@code null}
   * @param severity e.g. {@code error}, or {@code null}
   * @param description what the rule checks, or {@code null}
   * @param attributes every other key of the rule (thresholds such as {@code mustBe}, queries,
   *     schedules), in document order
   */
  public record QualityRule(
      String type,
      @Nullable String metric,
      @Nullable String dimension,
      @Nullable String severity,
      @Nullable String description,
      Map<String, @Nullable Object> attributes) {

    private static final java.util.Set<String> MODELLED =
        java.util.Set.of("type", "metric", "rule", "dimension", "severity", "description");

    /** Copies the attributes. */
    public QualityRule {
      Objects.requireNonNull(type, "type");
      attributes = PlainData.freezeMap(attributes);
    }

    static QualityRule from(Map<String, @Nullable Object> node) {
      Map<String, @Nullable Object> rest = new java.util.LinkedHashMap<>();
      node.forEach((key, value) -> {
        if (!MODELLED.contains(key)) {
          rest.put(key, value);
        }
      });
      String metric = PlainData.text(node, "metric");
      return new QualityRule(
          Objects.requireNonNullElse(PlainData.text(node, "type"), "library"),
          metric != null ? metric : PlainData.text(node, "rule"),
          PlainData.text(node, "dimension"),
          PlainData.text(node, "severity"),
          PlainData.text(node, "description"),
          rest);
    }
  }

  /**
   * A service-level property, e.g. latency or retention.
   *
   * @param property the property's name
   * @param value its value (string, number, boolean)
   * @param unit the value's unit (e.g. {@code d}), or {@code null}
   * @param element the element it applies to, or {@code null}
   * @param driver why it matters (e.g. {@code regulatory}), or {@code null}
   */
  public record SlaProperty(
      String property, @Nullable Object value, @Nullable String unit, @Nullable String element,
      @Nullable String driver) {
    /** Validates the property and freezes its value. */
    public SlaProperty {
      Objects.requireNonNull(property, "property");
      value = PlainData.freeze(value);
    }

    static SlaProperty from(Map<String, @Nullable Object> node) {
      return new SlaProperty(
          Objects.requireNonNullElse(PlainData.text(node, "property"), ""),
          node.get("value"),
          PlainData.text(node, "unit"),
          PlainData.text(node, "element"),
          PlainData.text(node, "driver"));
    }
  }

  /**
   * A key/value pair ODCS has no field for.
   *
   * @param property the key
   * @param value the value: a string, boolean, number, list, map or {@code null}
   * @param description what it means, or {@code null}
   */
  public record CustomProperty(String property, @Nullable Object value, @Nullable String description) {
    /** Validates the property and freezes its value. */
    public CustomProperty {
      Objects.requireNonNull(property, "property");
      value = PlainData.freeze(value);
    }

    static CustomProperty from(Map<String, @Nullable Object> node) {
      return new CustomProperty(
          Objects.requireNonNullElse(PlainData.text(node, "property"), ""),
          node.get("value"),
          PlainData.text(node, "description"));
    }
  }

  /** Builds a new contract document, field by field, in ODCS's order. */
  public static final class Builder {
    private final Map<String, @Nullable Object> document = new java.util.LinkedHashMap<>();
    private final List<Object> schema = new ArrayList<>();
    private final List<Object> customProperties = new ArrayList<>();

    private Builder(String id, String version) {
      document.put("apiVersion", CURRENT_API_VERSION);
      document.put("kind", "DataContract");
      document.put("id", requireText(id, "id"));
      document.put("version", requireText(version, "version"));
      document.put("status", "active");
    }

    /**
     * Sets the display name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      document.put("name", requireText(value, "name"));
      return this;
    }

    /**
     * Sets the status (default {@code active}).
     *
     * @param value e.g. {@code draft}
     * @return this builder
     */
    public Builder status(String value) {
      document.put("status", requireText(value, "status"));
      return this;
    }

    /**
     * Sets the owning domain.
     *
     * @param value the domain
     * @return this builder
     */
    public Builder domain(String value) {
      document.put("domain", requireText(value, "domain"));
      return this;
    }

    /**
     * Sets the owning team's name.
     *
     * @param value the team name
     * @return this builder
     */
    public Builder team(String value) {
      document.put("team", Map.of("name", requireText(value, "team")));
      return this;
    }

    /**
     * Sets the purpose in the description.
     *
     * @param value why the data exists
     * @return this builder
     */
    public Builder purpose(String value) {
      document.put("description", Map.of("purpose", requireText(value, "purpose")));
      return this;
    }

    /**
     * Adds a schema object bound to a physical schema file.
     *
     * @param objectName the object's name, e.g. {@code OrderPlaced}
     * @param physicalType e.g. {@code topic}
     * @param schemaFile the schema file relative to the contract, optionally with {@code #element}
     * @return this builder
     */
    public Builder schemaObject(String objectName, String physicalType, String schemaFile) {
      Map<String, Object> object = new java.util.LinkedHashMap<>();
      object.put("name", requireText(objectName, "schema object name"));
      object.put("physicalType", requireText(physicalType, "physicalType"));
      object.put("logicalType", "object");
      object.put("customProperties", List.of(Map.of(
          "property", SCHEMA_PROPERTY, "value", requireText(schemaFile, "schema file"))));
      schema.add(object);
      return this;
    }

    /**
     * Sets the compatibility mode.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder compatibility(CompatibilityMode mode) {
      return customProperty(COMPATIBILITY_PROPERTY, mode.name());
    }

    /**
     * Sets the evolution policy.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder policy(EvolutionPolicy value) {
      return customProperty(POLICY_PROPERTY, value.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Adds a contract-level custom property.
     *
     * @param property the key
     * @param value a string, boolean, number, list, map or {@code null}
     * @return this builder
     */
    public Builder customProperty(String property, @Nullable Object value) {
      Map<String, @Nullable Object> entry = new java.util.LinkedHashMap<>();
      entry.put("property", requireText(property, "property"));
      entry.put("value", PlainData.freeze(value));
      customProperties.add(entry);
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return the contract
     */
    public Contract build() {
      Map<String, @Nullable Object> copy = new java.util.LinkedHashMap<>(document);
      if (!schema.isEmpty()) {
        copy.put("schema", schema);
      }
      if (!customProperties.isEmpty()) {
        copy.put("customProperties", customProperties);
      }
      return of(copy, "(built in code)");
    }

    private static String requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }
  }
}
