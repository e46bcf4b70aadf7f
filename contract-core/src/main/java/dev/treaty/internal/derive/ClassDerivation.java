package dev.treaty.internal.derive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.impl.BeanAsArrayBuilderDeserializer;
import com.fasterxml.jackson.databind.deser.impl.BeanAsArrayDeserializer;
import com.fasterxml.jackson.databind.deser.impl.UnsupportedTypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.BeanUtil;
import dev.treaty.model.Constraints;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.TypeName;
import dev.treaty.model.UnsupportedFeatureException;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Derives an expectation from the class a consumer reads payloads into, through the consumer's own
 * {@link ObjectMapper}: the mapper's deserializers, its features and the class's annotations
 * decide what the expectation says, because they decide what the consumer's reading accepts.
 *
 * <p>The rules, each proven by tests that read payloads with the same mapper:
 *
 * <ul>
 *   <li>names are the mapper's (naming strategy, {@code @JsonProperty}, creators, records);
 *   <li>a field is <em>required</em> when its absence fails the read ({@code @JsonProperty(required
 *       = true)} on a creator parameter, {@code FAIL_ON_MISSING_CREATOR_PROPERTIES},
 *       {@code FAIL_ON_NULL_CREATOR_PROPERTIES} for values whose absent value is null), when the
 *       class declares it required ({@code @JsonProperty(required = true)}, which Jackson enforces
 *       for creator parameters only), or when it is a primitive: an absent {@code int} silently
 *       reads as 0, indistinguishable from a real 0, so the consumer depends on its presence;
 *   <li>a field is <em>nullable</em> when the mapper reads {@code null} without failing, except for
 *       primitives, where {@code null} silently reads as 0 or {@code false} (or fails with
 *       {@code FAIL_ON_NULL_FOR_PRIMITIVES});
 *   <li>extra fields are rejected when {@code FAIL_ON_UNKNOWN_PROPERTIES} is on, unless the class or
 *       property says {@code @JsonIgnoreProperties(ignoreUnknown = true)}, has a
 *       {@code @JsonAnySetter} or {@code @JsonIncludeProperties}; names the class ignores
 *       explicitly are listed as optional {@code any} fields where extras are rejected, since the
 *       mapper accepts them;
 *   <li>enum values are the strings the mapper's enum deserializer maps to a constant, found by
 *       reading candidates (name, {@code toString()}, {@code @JsonProperty}, {@code @JsonAlias},
 *       the serialized form) through it; unknown values are tolerated iff reading an unknown string
 *       does not fail ({@code @JsonEnumDefaultValue} with
 *       {@code READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE}, {@code READ_UNKNOWN_ENUM_VALUES_AS_NULL});
 *   <li>polymorphic types with a type-id property become one branch per subtype
 *       ({@code payment<Card>.number}), the id property listing that subtype's ids.
 * </ul>
 */
public final class ClassDerivation {

  private static final TypeName STRING = TypeName.parse("string");
  private static final TypeName RECORD = TypeName.parse("record");
  private static final TypeName ARRAY = TypeName.parse("array");
  private static final TypeName MAP = TypeName.parse("map");
  private static final TypeName ANY = TypeName.parse("any");
  /** No enum constant reads from this; if the read does not fail, unknown values are tolerated. */
  private static final String UNKNOWN_ENUM_PROBE = "\u0000treaty-unknown-value";

  /** Where a field may be absent and whether it may be null. */
  private record Presence(boolean required, boolean nullable) {
    static final Presence OF_ROOT = new Presence(true, false);
  }

  private final ObjectMapper mapper;
  private final DeserializationConfig config;
  private final DefaultDeserializationContext context;
  private final JacksonProbe probe;
  private final Class<?> root;
  private final List<FieldExpectation> fields = new ArrayList<>();
  private final ExplicitTolerance tolerances;

  private ClassDerivation(ObjectMapper mapper, Class<?> root) {
    this.mapper = mapper;
    this.config = mapper.getDeserializationConfig();
    this.context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(config);
    this.probe = new JacksonProbe(mapper);
    this.root = root;
    this.tolerances = new ExplicitTolerance(config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        ? Tolerance.REJECT : Tolerance.TOLERATE);
  }

  /**
   * Derives the expectation of a consumer that reads payloads into {@code type} with {@code mapper}.
   *
   * @param type the class payloads are read into
   * @param mapper the consumer's mapper, configured as in production
   * @param consumer the consumer's name
   * @param contract the contract's id
   * @return a builder holding the derived fields, to refine
   * @throws InvalidDefinitionException if the mapper cannot read the class
   * @throws UnsupportedFeatureException if the class uses Jackson features Treaty does not derive
   */
  public static ExpectationBuilder derive(Class<?> type, ObjectMapper mapper, String consumer, String contract) {
    ExpectationBuilder builder = Expectation.builder(consumer, contract);
    ClassDerivation derivation = new ClassDerivation(mapper, type);
    derivation.value(FieldPath.ROOT, mapper.constructType(type), null, false, Presence.OF_ROOT,
        new ArrayDeque<>());
    builder.extraFields(derivation.tolerances.document());
    derivation.fields.forEach(builder::field);
    return builder;
  }

  /**
   * The mapper used when a consumer names none: a plain {@link JsonMapper} with every Jackson module
   * on the class path registered, as {@code findAndAddModules()} finds them.
   *
   * @return a new mapper
   */
  public static ObjectMapper defaultMapper() {
    return JsonMapper.builder().findAndAddModules().build();
  }

  /**
   * Declares the value at {@code path} and everything below it. {@code property} is the bean
   * property the value belongs to (itself, or as an element or map value), for the annotations
   * that apply to it; {@code own} says the value is the property's own, not an element of it.
   */
  private void value(FieldPath path, JavaType declared, @Nullable SettableBeanProperty property,
      boolean own, Presence presence, Deque<Class<?>> enclosing) {
    JavaType type = declared;
    while (type.isReferenceType()) {
      // Optional<T>, OptionalInt, AtomicReference<T>: the JSON value is the referenced one. The
      // caller's presence already says how the mapper reads null and absence into them.
      deserializer(path, type, property);
      type = type.getReferencedType();
    }
    // The property's own deserializer carries @JsonDeserialize(using = ...) on the property; a
    // lookup by type would miss it.
    boolean direct = own && type == declared && property != null;
    JsonDeserializer<Object> deserializer = direct && property.hasValueDeserializer()
        ? checked(path, type, property.getValueDeserializer())
        : deserializer(path, type, property);
    TypeDeserializer typeDeserializer = direct && property.getValueTypeDeserializer() != null
        ? property.getValueTypeDeserializer() : typeDeserializer(path, type);
    if (typeDeserializer != null) {
      polymorphic(path, type, typeDeserializer, property, presence, enclosing);
      return;
    }
    Class<?> raw = type.getRawClass();
    JavaScalars.Scalar scalar = JavaScalars.of(raw);
    if (scalar != null) {
      emit(path, scalar.type(), presence, List.of(), Tolerance.REJECT, null, scalar.constraints());
    } else if (type.isEnumType()) {
      enumeration(path, type, deserializer, presence);
    } else if (deserializer instanceof FromStringDeserializer<?>) {
      emit(path, STRING, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
    } else if (type.isArrayType() || type.isCollectionLikeType()) {
      emit(path, ARRAY, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
      JavaType content = type.getContentType();
      value(path.element(), content, property, false,
          new Presence(false, elementsNullable(deserializer, content)), enclosing);
    } else if (type.isMapLikeType()) {
      emit(path, MAP, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
      JavaType content = type.getContentType();
      value(path.mapValue(), content, property, false,
          new Presence(false, mapValuesNullable(deserializer, type, property)), enclosing);
    } else if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      emit(path, ANY, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
    } else if (deserializer instanceof BeanDeserializerBase bean) {
      bean(path, type, bean, property, presence, enclosing);
    } else {
      // A deserializer of the consumer's own: the JSON it reads is its business, so the type is
      // left open and the consumer can declare it with refine(...).
      emit(path, null, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
    }
  }

  private void bean(FieldPath path, JavaType type, BeanDeserializerBase bean,
      @Nullable SettableBeanProperty property, Presence presence, Deque<Class<?>> enclosing) {
    if (bean instanceof BeanAsArrayDeserializer || bean instanceof BeanAsArrayBuilderDeserializer) {
      throw unsupported(DerivationMessages.readFromArray(path, type.toCanonical()));
    }
    ValueInstantiator instantiator = bean.getValueInstantiator();
    if (bean.getPropertyCount() == 0 && instantiator.canCreateUsingDelegate()) {
      value(path, instantiator.getDelegateType(config), property, false, presence, enclosing);
      return;
    }
    if (bean.getPropertyCount() == 0 && instantiator.canCreateFromString()) {
      emit(path, STRING, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
      return;
    }
    BeanDescription description = describe(path, type, bean);
    Tolerance tolerance = tolerance(description, property);
    if (path.isRoot()) {
      tolerances.document(tolerance);
    } else {
      emit(path, RECORD, presence, List.of(), Tolerance.REJECT, tolerances.of(path, tolerance), Constraints.NONE);
    }
    if (enclosing.contains(type.getRawClass())) {
      return; // a recursive type is described once on each path from the root
    }
    enclosing.push(type.getRawClass());
    properties(path, bean, description, tolerance, null, property, enclosing);
    enclosing.pop();
  }

  private void properties(FieldPath path, BeanDeserializerBase bean, BeanDescription description,
      Tolerance tolerance, @Nullable String typeIdProperty, @Nullable SettableBeanProperty container,
      Deque<Class<?>> enclosing) {
    List<SettableBeanProperty> properties = new ArrayList<>();
    bean.properties().forEachRemaining(properties::add);
    properties.sort(Comparator.comparing(SettableBeanProperty::getName));
    Set<String> names = new TreeSet<>();
    for (SettableBeanProperty property : properties) {
      names.add(property.getName());
      if (property.getName().equals(typeIdProperty)) {
        continue; // declared with the subtype's ids by polymorphic(...)
      }
      value(path.field(property.getName()), property.getType(), property, true, presence(property),
          enclosing);
    }
    if (tolerance == Tolerance.REJECT) {
      for (String ignored : ignoredNames(description, container)) {
        if (!names.contains(ignored) && !ignored.equals(typeIdProperty)) {
          emit(path.field(ignored), ANY, new Presence(false, true), List.of(), Tolerance.REJECT, null,
              Constraints.NONE);
        }
      }
    }
  }

  /**
   * Asks the property's own null and absent-value handling what happens, rather than guessing
   * from annotations: that covers {@code @JsonSetter(nulls = ...)}, Optional modules and every
   * feature flag the mapper has.
   */
  private Presence presence(SettableBeanProperty property) {
    boolean primitive = property.getType().isPrimitive();
    boolean creator = property instanceof CreatorProperty;
    boolean failOnNullCreator = config.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    boolean absenceFails = false;
    if (creator && property.getInjectableValueId() == null) {
      if (property.isRequired() || config.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)) {
        absenceFails = true;
      } else {
        JacksonProbe.Outcome absent = probe.call(c -> {
          Object value = property.getNullValueProvider().getAbsentValue(c);
          return value != null ? value : property.getValueDeserializer().getAbsentValue(c);
        });
        absenceFails = absent.failed() || (absent.value() == null && failOnNullCreator);
      }
    }
    JacksonProbe.Outcome onNull = probe.call(c -> property.getNullValueProvider().getNullValue(c));
    boolean nullFails = onNull.failed() || (creator && onNull.value() == null && failOnNullCreator);
    boolean injected = property.getInjectableValueId() != null;
    return new Presence(!injected && (property.isRequired() || absenceFails || primitive),
        !nullFails && !primitive);
  }

  private void enumeration(FieldPath path, JavaType type, JsonDeserializer<Object> deserializer, Presence presence) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getRawClass().getEnumConstants()) {
      for (String candidate : EnumNames.candidates(mapper, (Enum<?>) constant)) {
        JacksonProbe.Outcome read = probe.read(deserializer, EnumNames.quoted(candidate));
        if (!read.failed() && read.value() == constant && !values.contains(candidate)) {
          values.add(candidate);
        }
      }
    }
    if (values.isEmpty()) {
      throw unsupported(DerivationMessages.enumWithoutNames(path, type.toCanonical()));
    }
    Tolerance unknown = probe.read(deserializer, EnumNames.quoted(UNKNOWN_ENUM_PROBE)).failed()
        ? Tolerance.REJECT : Tolerance.TOLERATE;
    emit(path, STRING, presence, values, unknown, null, Constraints.NONE);
  }

  private void polymorphic(FieldPath path, JavaType base, TypeDeserializer typeDeserializer,
      @Nullable SettableBeanProperty property, Presence presence, Deque<Class<?>> enclosing) {
    JsonTypeInfo.As inclusion = typeDeserializer.getTypeInclusion();
    JsonTypeInfo.Id mechanism = typeDeserializer.getTypeIdResolver().getMechanism();
    if ((inclusion != JsonTypeInfo.As.PROPERTY && inclusion != JsonTypeInfo.As.EXISTING_PROPERTY)
        || (mechanism != JsonTypeInfo.Id.NAME && mechanism != JsonTypeInfo.Id.SIMPLE_NAME)) {
      throw unsupported(DerivationMessages.unsupportedPolymorphism(path, base.toCanonical(),
          "use = " + mechanism + ", include = " + inclusion));
    }
    String idProperty = typeDeserializer.getPropertyName();
    Class<?> defaultImpl = typeDeserializer.getDefaultImpl();
    // In JSON every branch is an object, but to a schema the value is a union of them: `any`, with
    // the branches declared below it, says what the consumer reads without claiming one record type.
    emit(path, ANY, presence, List.of(), Tolerance.REJECT, null, Constraints.NONE);
    if (enclosing.contains(base.getRawClass())) {
      return;
    }
    enclosing.push(base.getRawClass());
    for (Map.Entry<Class<?>, Set<String>> subtype : subtypeIds(base, typeDeserializer, property).entrySet()) {
      Class<?> subclass = subtype.getKey();
      FieldPath branch = path.branch(subclass.getSimpleName());
      JavaType subType = config.getTypeFactory().constructSpecializedType(base, subclass);
      JsonDeserializer<Object> deserializer = deserializer(branch, subType, property);
      boolean isDefault = subclass == defaultImpl;
      List<String> ids = List.copyOf(subtype.getValue());
      if (!(deserializer instanceof BeanDeserializerBase bean)) {
        emit(branch, null, new Presence(false, false), List.of(), Tolerance.REJECT, null, Constraints.NONE);
        continue;
      }
      BeanDescription description = describe(branch, subType, bean);
      Tolerance tolerance = tolerance(description, property);
      emit(branch, RECORD, new Presence(false, false), List.of(), Tolerance.REJECT,
          tolerances.of(branch, tolerance), Constraints.NONE);
      // The id decides the branch: the default subtype also takes a missing or unknown id.
      emit(branch.field(idProperty), STRING, new Presence(!isDefault, false), ids,
          isDefault && !ids.isEmpty() ? Tolerance.TOLERATE : Tolerance.REJECT, null, Constraints.NONE);
      if (!enclosing.contains(subclass)) {
        enclosing.push(subclass);
        properties(branch, bean, description, tolerance, idProperty, property, enclosing);
        enclosing.pop();
      }
    }
    enclosing.pop();
  }

  /** Every concrete subtype with the type ids the mapper's resolver really maps to it. */
  private Map<Class<?>, Set<String>> subtypeIds(JavaType base, TypeDeserializer typeDeserializer,
      @Nullable SettableBeanProperty property) {
    Collection<NamedType> named = property != null && property.getType().equals(base)
        ? config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, property.getMember(), base)
        : config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config,
            config.introspectClassAnnotations(base).getClassInfo());
    Map<String, Class<?>> bySimpleName = new TreeMap<>();
    Map<Class<?>, Set<String>> ids = new java.util.LinkedHashMap<>();
    List<NamedType> candidates = new ArrayList<>(named);
    if (typeDeserializer.getDefaultImpl() != null) {
      candidates.add(new NamedType(typeDeserializer.getDefaultImpl()));
    }
    for (NamedType type : candidates) {
      Class<?> subclass = type.getType();
      if (subclass.isInterface() || Modifier.isAbstract(subclass.getModifiers())) {
        continue;
      }
      Set<String> tried = new LinkedHashSet<>();
      if (type.hasName()) {
        tried.add(type.getName());
      }
      tried.add(subclass.getSimpleName());
      String binaryName = subclass.getName();
      tried.add(binaryName.substring(binaryName.lastIndexOf('.') + 1));
      Set<String> verified = ids.computeIfAbsent(subclass, k -> new LinkedHashSet<>());
      bySimpleName.put(subclass.getSimpleName(), subclass);
      for (String id : tried) {
        if (resolves(typeDeserializer, id, subclass)) {
          verified.add(id);
        }
      }
    }
    Map<Class<?>, Set<String>> sorted = new java.util.LinkedHashMap<>();
    for (Class<?> subclass : bySimpleName.values()) {
      Set<String> verified = ids.get(subclass);
      if (!verified.isEmpty() || subclass == typeDeserializer.getDefaultImpl()) {
        sorted.put(subclass, verified);
      }
    }
    return sorted;
  }

  private boolean resolves(TypeDeserializer typeDeserializer, String id, Class<?> subclass) {
    try {
      JavaType resolved = typeDeserializer.getTypeIdResolver().typeFromId(context, id);
      return resolved != null && resolved.getRawClass() == subclass;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private boolean elementsNullable(JsonDeserializer<Object> container, JavaType content) {
    if (content.isPrimitive()) {
      return false; // a null element reads as 0 or false, or fails
    }
    if (content.isReferenceType()) {
      return true;
    }
    JacksonProbe.Outcome read = probe.read(container, "[null]");
    if (read.failed()) {
      return false;
    }
    if (read.value() instanceof Collection<?> collection) {
      return collection.isEmpty() || collection.iterator().next() == null;
    }
    if (read.value() instanceof Object[] array) {
      return array.length == 0 || array[0] == null;
    }
    return true;
  }

  private boolean mapValuesNullable(JsonDeserializer<Object> map, JavaType type,
      @Nullable SettableBeanProperty property) {
    JavaType content = type.getContentType();
    if (content.isPrimitive()) {
      return false;
    }
    if (content.isReferenceType()) {
      return true;
    }
    Class<?> key = type.getKeyType().getRawClass();
    if (key == String.class || key == Object.class || key == CharSequence.class) {
      JacksonProbe.Outcome read = probe.read(map, "{\"k\":null}");
      return !read.failed();
    }
    // Keys of other types would need a valid key to probe; the setter metadata says the same.
    return property == null
        || property.getMetadata().getContentNulls() != com.fasterxml.jackson.annotation.Nulls.FAIL;
  }

  private Tolerance tolerance(BeanDescription description, @Nullable SettableBeanProperty property) {
    if (!config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return Tolerance.TOLERATE;
    }
    Class<?> raw = description.getBeanClass();
    AnnotationIntrospector introspector = config.getAnnotationIntrospector();
    JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(raw, description.getClassInfo());
    JsonIncludeProperties.Value inclusions = config.getDefaultPropertyInclusions(raw, description.getClassInfo());
    if (property != null && introspector != null) {
      JsonIgnoreProperties.Value own = introspector.findPropertyIgnoralByName(config, property.getMember());
      if (own != null) {
        ignorals = ignorals == null ? own : ignorals.withOverrides(own);
      }
      JsonIncludeProperties.Value included = introspector.findPropertyInclusionByName(config, property.getMember());
      if (included != null && included.getIncluded() != null) {
        inclusions = included;
      }
    }
    boolean ignoreUnknown = ignorals != null && ignorals.getIgnoreUnknown();
    boolean includeOnly = inclusions != null && inclusions.getIncluded() != null;
    boolean anySetter = description.findAnySetterAccessor() != null;
    return ignoreUnknown || includeOnly || anySetter ? Tolerance.TOLERATE : Tolerance.REJECT;
  }

  private Set<String> ignoredNames(BeanDescription description, @Nullable SettableBeanProperty property) {
    Set<String> names = new TreeSet<>(description.getIgnoredPropertyNames());
    JsonIgnoreProperties.Value ignorals =
        config.getDefaultPropertyIgnorals(description.getBeanClass(), description.getClassInfo());
    if (ignorals != null) {
      names.addAll(ignorals.findIgnoredForDeserialization());
    }
    AnnotationIntrospector introspector = config.getAnnotationIntrospector();
    if (property != null && introspector != null) {
      JsonIgnoreProperties.Value own = introspector.findPropertyIgnoralByName(config, property.getMember());
      if (own != null) {
        names.addAll(own.findIgnoredForDeserialization());
      }
    }
    return names;
  }

  /** The description Jackson builds the bean deserializer from, with its properties collected. */
  private BeanDescription describe(FieldPath path, JavaType type, BeanDeserializerBase bean) {
    BeanDescription description = config.introspect(type);
    if (bean instanceof BuilderBasedDeserializer && description.findPOJOBuilder() != null) {
      description = config.introspectForBuilder(config.constructType(description.findPOJOBuilder()), description);
    }
    AnnotationIntrospector introspector = config.getAnnotationIntrospector();
    for (BeanPropertyDefinition definition : description.findProperties()) {
      for (AnnotatedMember member : new AnnotatedMember[] {definition.getField(), definition.getSetter(),
          definition.getConstructorParameter(), definition.getGetter()}) {
        if (member != null && introspector != null && introspector.findUnwrappingNameTransformer(member) != null) {
          throw unsupported(DerivationMessages.unwrapped(path, definition.getName()));
        }
      }
    }
    return description;
  }

  private JsonDeserializer<Object> deserializer(FieldPath path, JavaType type,
      @Nullable SettableBeanProperty property) {
    JsonDeserializer<Object> deserializer;
    try {
      deserializer = context.findContextualValueDeserializer(type, property);
    } catch (JsonMappingException e) {
      throw new InvalidDefinitionException(DerivationMessages.summary(root)
          + DerivationMessages.rejectedDefinition(path, type.toCanonical(), e.getOriginalMessage()), e);
    }
    return checked(path, type, deserializer);
  }

  /** Fails clearly if the mapper has no real deserializer for the type (a missing module). */
  private JsonDeserializer<Object> checked(FieldPath path, JavaType type, JsonDeserializer<Object> deserializer) {
    if (deserializer instanceof UnsupportedTypeDeserializer) {
      String reason = BeanUtil.checkUnsupportedType(config, type);
      throw new InvalidDefinitionException(DerivationMessages.summary(root)
          + DerivationMessages.unreadableType(path, type.toCanonical(),
              reason == null ? "it has no deserializer for it" : reason));
    }
    return deserializer;
  }

  private @Nullable TypeDeserializer typeDeserializer(FieldPath path, JavaType type) {
    try {
      return context.getFactory().findTypeDeserializer(config, type);
    } catch (JsonMappingException e) {
      throw new InvalidDefinitionException(DerivationMessages.summary(root)
          + DerivationMessages.rejectedDefinition(path, type.toCanonical(), e.getOriginalMessage()), e);
    }
  }

  private UnsupportedFeatureException unsupported(String detail) {
    return new UnsupportedFeatureException(DerivationMessages.summary(root) + detail);
  }

  private void emit(FieldPath path, @Nullable TypeName type, Presence presence, List<String> values,
      Tolerance unknownValues, @Nullable Tolerance extraFields, Constraints constraints) {
    if (!path.isRoot()) {
      fields.add(new FieldExpectation(path, type, presence.required(), presence.nullable(), values,
          unknownValues, extraFields, constraints));
    }
  }
}
