package dev.treaty.model;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Declares a consumer's {@link Expectation} in code. Start with
 * {@link Expectation#builder(String, String)}; every call is checked at once and fails with an
 * {@link InvalidDefinitionException} naming what is wrong, so a mistake points at its own line.
 * {@link #build()} returns an immutable expectation and may be called again after more changes.
 *
 * <pre>{@code
 * Expectation fraud = Expectation.builder("fraud-scoring", "payments.order-events")
 *     .versions("^2.0.0")
 *     .purpose("score every order before capture")
 *     .field("orderId", "string")
 *     .field("amount.value", f -> f.type("decimal(12,2)").minimum(0))
 *     .field("status", f -> f.type("string").values("PLACED", "CANCELLED"))
 *     .field("lines[].sku", f -> f.type("string").pattern("^[A-Z0-9-]+$"))
 *     .build();
 * }</pre>
 *
 * <p>A builder that came from a derivation (from a class or a schema) is refined the same way:
 * {@link #refine(String, Consumer)} changes a derived field, {@link #without(String)} drops one
 * the consumer does not actually read.
 */
public final class ExpectationBuilder {

  private final String consumer;
  private final String contract;
  private VersionRange versions = VersionRange.ANY;
  private @Nullable String owner;
  private @Nullable LocalDate expires;
  private @Nullable String purpose;
  private Tolerance extraFields = Tolerance.TOLERATE;
  private final Map<FieldPath, FieldExpectation> fields = new TreeMap<>();

  ExpectationBuilder(String consumer, String contract) {
    this.consumer = requireName(consumer, "consumer");
    this.contract = requireName(contract, "contract");
  }

  /**
   * The contract versions the expectation applies to (default {@code *}).
   *
   * @param range an npm-style range, e.g. {@code ^2.0.0}, {@code 2.x}, {@code >=2.1.0 <4.0.0}
   * @return this builder
   * @throws InvalidDefinitionException saying what was expected, if the range does not parse
   */
  public ExpectationBuilder versions(String range) {
    Objects.requireNonNull(range, "range");
    try {
      versions = VersionRange.parse(range);
    } catch (IllegalArgumentException e) {
      throw new InvalidDefinitionException(e.getMessage(), e);
    }
    return this;
  }

  /**
   * The team that owns the consumer.
   *
   * @param team the team's name
   * @return this builder
   */
  public ExpectationBuilder owner(String team) {
    owner = Objects.requireNonNull(team, "team");
    return this;
  }

  /**
   * The last day the expectation is enforced; after it, breaks are reported but do not fail
   * producers.
   *
   * @param lastDay the last day
   * @return this builder
   */
  public ExpectationBuilder expires(LocalDate lastDay) {
    expires = Objects.requireNonNull(lastDay, "lastDay");
    return this;
  }

  /**
   * Why the consumer reads the data; producers see it when they would break the consumer.
   *
   * @param why one sentence
   * @return this builder
   */
  public ExpectationBuilder purpose(String why) {
    purpose = Objects.requireNonNull(why, "why");
    return this;
  }

  /**
   * Whether the consumer tolerates fields it does not know (default tolerate), for every object
   * whose field expectation does not say otherwise.
   *
   * @param tolerance tolerate or reject
   * @return this builder
   */
  public ExpectationBuilder extraFields(Tolerance tolerance) {
    extraFields = Objects.requireNonNull(tolerance, "tolerance");
    return this;
  }

  /**
   * The consumer fails on fields it does not know, so a producer adding a field breaks it (as a
   * Jackson {@code ObjectMapper} does by default).
   *
   * @return this builder
   */
  public ExpectationBuilder rejectExtraFields() {
    return extraFields(Tolerance.REJECT);
  }

  /**
   * Declares a field the consumer reads, of a type, required and not nullable.
   *
   * @param path the field's path in the data, e.g. {@code orderId} or {@code lines[].sku}
   * @param type a {@link TypeName}, e.g. {@code string} or {@code decimal(12,2)}
   * @return this builder
   * @throws InvalidDefinitionException if the path or type does not parse, or the path is declared already
   */
  public ExpectationBuilder field(String path, String type) {
    Objects.requireNonNull(type, "type");
    return field(path, spec -> spec.type(type));
  }

  /**
   * Declares a field the consumer reads. The field starts required, not nullable, of any type;
   * {@code spec} says what else the consumer assumes.
   *
   * @param path the field's path in the data, e.g. {@code customer.address.city},
   *     {@code lines[].sku}, {@code attributes{}}, {@code payment<Card>.last4}
   * @param spec what the consumer assumes, e.g. {@code f -> f.type("string").maxLength(2)}
   * @return this builder
   * @throws InvalidDefinitionException naming the path and what was expected, if the path does not
   *     parse, is declared already, or the spec is contradictory
   */
  public ExpectationBuilder field(String path, Consumer<? super FieldSpec> spec) {
    Objects.requireNonNull(spec, "spec");
    FieldPath parsed = parse(path);
    if (fields.containsKey(parsed)) {
      throw new InvalidDefinitionException(BuilderMessages.alreadyDeclared(parsed));
    }
    FieldSpec fieldSpec = new FieldSpec(parsed);
    spec.accept(fieldSpec);
    put(fieldSpec.toExpectation());
    return this;
  }

  /**
   * Declares a field from a ready-made field expectation (one read from a document, say).
   *
   * @param field the field expectation
   * @return this builder
   * @throws InvalidDefinitionException if the path is declared already or the field is contradictory
   */
  public ExpectationBuilder field(FieldExpectation field) {
    Objects.requireNonNull(field, "field");
    if (fields.containsKey(field.path())) {
      throw new InvalidDefinitionException(BuilderMessages.alreadyDeclared(field.path()));
    }
    put(new FieldSpec(field).toExpectation());
    return this;
  }

  /**
   * Changes a declared field: {@code spec} starts from what is declared and changes it, e.g.
   * {@code refine("amount", f -> f.required().minimum(0))} on a derived expectation.
   *
   * @param path the declared field's path
   * @param spec the changes
   * @return this builder
   * @throws InvalidDefinitionException if the path is not declared or the result is contradictory
   */
  public ExpectationBuilder refine(String path, Consumer<? super FieldSpec> spec) {
    Objects.requireNonNull(spec, "spec");
    FieldPath parsed = parse(path);
    FieldExpectation existing = fields.get(parsed);
    if (existing == null) {
      throw new InvalidDefinitionException(BuilderMessages.notDeclared(parsed, "refined"));
    }
    FieldSpec fieldSpec = new FieldSpec(existing);
    spec.accept(fieldSpec);
    FieldExpectation refined = fieldSpec.toExpectation();
    fields.remove(parsed);
    try {
      put(refined);
    } catch (InvalidDefinitionException e) {
      fields.put(parsed, existing);
      throw e;
    }
    return this;
  }

  /**
   * Removes a declared field and every field below it: the consumer does not read them, so no
   * change to them can break it.
   *
   * @param path the declared field's path
   * @return this builder
   * @throws InvalidDefinitionException if the path is not declared
   */
  public ExpectationBuilder without(String path) {
    FieldPath parsed = parse(path);
    if (!fields.containsKey(parsed)) {
      throw new InvalidDefinitionException(BuilderMessages.notDeclared(parsed, "removed"));
    }
    fields.keySet().removeIf(candidate -> candidate.startsWith(parsed));
    return this;
  }

  /**
   * The fields declared so far.
   *
   * @return the field expectations, sorted by path
   */
  public List<FieldExpectation> fields() {
    return List.copyOf(fields.values());
  }

  /**
   * The expectation as declared so far.
   *
   * @return an immutable expectation
   */
  public Expectation build() {
    return new Expectation(Expectation.API_VERSION, consumer, contract, versions, owner, expires,
        purpose, extraFields, new ArrayList<>(fields.values()));
  }

  /**
   * Checks that the field agrees with what is declared around it: a path below {@code lines[]}
   * needs {@code lines} to be an array, below {@code attrs{}} a map, below {@code customer.} a record.
   */
  private void put(FieldExpectation field) {
    FieldPath path = field.path();
    List<FieldPath.Segment> segments = path.segments();
    for (int depth = 1; depth < segments.size(); depth++) {
      FieldExpectation ancestor = fields.get(FieldPath.of(segments.subList(0, depth)));
      if (ancestor != null) {
        checkNesting(path, segments.get(depth), ancestor);
      }
    }
    int depth = segments.size();
    for (FieldExpectation below : fields.values()) {
      if (below.path().segments().size() > depth && below.path().startsWith(path)) {
        checkNesting(below.path(), below.path().segments().get(depth), field);
      }
    }
    fields.put(path, field);
  }

  /** Checks that the step taken below {@code ancestor} on the way to {@code path} fits its type. */
  private static void checkNesting(FieldPath path, FieldPath.Segment step, FieldExpectation ancestor) {
    TypeName type = ancestor.type();
    if (type == null || type.base().equals("any")) {
      return;
    }
    String needed = null;
    if (step instanceof FieldPath.Element && !type.base().equals("array")) {
      needed = "an array";
    } else if (step instanceof FieldPath.MapValue && !type.base().equals("map")) {
      needed = "a map";
    } else if (step instanceof FieldPath.Field && !type.base().equals("record")) {
      needed = "a record";
    }
    if (needed != null) {
      throw new InvalidDefinitionException(
          BuilderMessages.childNeedsParent(path, ancestor.path(), needed, type));
    }
  }

  private static FieldPath parse(String path) {
    Objects.requireNonNull(path, "path");
    FieldPath parsed;
    try {
      parsed = FieldPath.parse(path);
    } catch (IllegalArgumentException e) {
      throw new InvalidDefinitionException(e.getMessage(), e);
    }
    if (parsed.isRoot()) {
      throw new InvalidDefinitionException(BuilderMessages.rootPath());
    }
    return parsed;
  }

  private static String requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!Expectation.isValidName(name)) {
      throw new InvalidDefinitionException(BuilderMessages.invalidName(what, name));
    }
    return name;
  }
}
