package dev.treaty.model;

import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * What a consumer assumes about one field, as it is declared in
 * {@link ExpectationBuilder#field(String, java.util.function.Consumer)}. A listed field starts
 * required, not nullable, of any type, with no values and no constraints; each method changes one
 * assumption and returns this spec.
 *
 * <p>Every argument is checked at once, and the whole field when the declaring call returns: a
 * mistake fails with an {@link InvalidDefinitionException} that names the field's path.
 *
 * <pre>{@code
 * .field("amount.value", f -> f.type("decimal(12,2)").minimum(0))
 * .field("status", f -> f.type("string").values("PLACED", "CANCELLED").tolerateUnknownValues())
 * .field("customer.country", f -> f.type("string").optional().nullable().maxLength(2))
 * }</pre>
 */
public final class FieldSpec {

  private static final Set<String> LENGTH_TYPES = Set.of("string", "bytes", "array", "map", "any");
  private static final Set<String> TEXT_TYPES = Set.of(
      "string", "date", "time", "timestamp", "local-timestamp", "uuid", "enum", "any");
  private static final Set<String> NUMBER_TYPES = Set.of(
      "int32", "int64", "integer", "float", "double", "number", "decimal", "any");
  private static final Set<String> STRUCTURED_TYPES = Set.of("record", "array", "map");
  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final FieldPath path;
  private @Nullable TypeName type;
  private boolean required = true;
  private boolean nullable;
  private List<String> values = List.of();
  private Tolerance unknownValues = Tolerance.REJECT;
  private boolean unknownValuesSaid;
  private @Nullable Tolerance extraFields;
  private @Nullable Long minLength;
  private @Nullable Long maxLength;
  private @Nullable String pattern;
  private @Nullable String format;
  private @Nullable BigDecimal minimum;
  private boolean exclusiveMinimum;
  private @Nullable BigDecimal maximum;
  private boolean exclusiveMaximum;
  private @Nullable BigDecimal multipleOf;

  FieldSpec(FieldPath path) {
    this.path = path;
  }

  /** A spec holding everything an existing field expectation says, to refine it. */
  FieldSpec(FieldExpectation existing) {
    this(existing.path());
    type = existing.type();
    required = existing.required();
    nullable = existing.nullable();
    values = existing.values();
    unknownValues = existing.unknownValues();
    unknownValuesSaid = existing.unknownValues() == Tolerance.TOLERATE;
    extraFields = existing.extraFields();
    Constraints c = existing.constraints();
    minLength = c.minLength();
    maxLength = c.maxLength();
    pattern = c.pattern();
    format = c.format();
    minimum = c.minimum();
    exclusiveMinimum = c.exclusiveMinimum();
    maximum = c.maximum();
    exclusiveMaximum = c.exclusiveMaximum();
    multipleOf = c.multipleOf();
  }

  /**
   * The path of the field this spec describes.
   *
   * @return the path
   */
  public FieldPath path() {
    return path;
  }

  /**
   * The type the consumer reads the field as.
   *
   * @param typeName a {@link TypeName}, e.g. {@code string}, {@code int64}, {@code decimal(12,2)},
   *     {@code timestamp(millis)}, {@code record}
   * @return this spec
   * @throws InvalidDefinitionException naming the field and the expected names, if the name is not a type
   */
  public FieldSpec type(String typeName) {
    Objects.requireNonNull(typeName, "typeName");
    try {
      this.type = TypeName.parse(typeName);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
    return this;
  }

  /**
   * The type the consumer reads the field as.
   *
   * @param typeName the type
   * @return this spec
   */
  public FieldSpec type(TypeName typeName) {
    this.type = Objects.requireNonNull(typeName, "typeName");
    return this;
  }

  /**
   * The consumer needs the field present (the default).
   *
   * @return this spec
   */
  public FieldSpec required() {
    required = true;
    return this;
  }

  /**
   * The consumer copes with the field being absent.
   *
   * @return this spec
   */
  public FieldSpec optional() {
    required = false;
    return this;
  }

  /**
   * The consumer handles {@code null}.
   *
   * @return this spec
   */
  public FieldSpec nullable() {
    nullable = true;
    return this;
  }

  /**
   * The consumer does not handle {@code null} (the default).
   *
   * @return this spec
   */
  public FieldSpec nonNull() {
    nullable = false;
    return this;
  }

  /**
   * The values the consumer handles, e.g. the enum symbols it switches on. Unknown values are
   * rejected unless {@link #tolerateUnknownValues()} says otherwise.
   *
   * @param handled the values, at least one, each once; numbers and booleans as their JSON text
   * @return this spec
   * @throws InvalidDefinitionException if no value is given or one is given twice
   */
  public FieldSpec values(String... handled) {
    if (handled.length == 0) {
      throw fail(BuilderMessages.noValues());
    }
    Set<String> seen = new HashSet<>();
    List<String> list = new ArrayList<>(handled.length);
    for (String value : handled) {
      Objects.requireNonNull(value, "value");
      if (!seen.add(value)) {
        throw fail(BuilderMessages.repeatedValue(value));
      }
      list.add(value);
    }
    values = List.copyOf(list);
    return this;
  }

  /**
   * The consumer copes with a value not in {@link #values(String...)} (it maps it to a default,
   * say); needs values.
   *
   * @return this spec
   */
  public FieldSpec tolerateUnknownValues() {
    unknownValues = Tolerance.TOLERATE;
    unknownValuesSaid = true;
    return this;
  }

  /**
   * The consumer fails on a value not in {@link #values(String...)} (the default once values are
   * listed); needs values.
   *
   * @return this spec
   */
  public FieldSpec rejectUnknownValues() {
    unknownValues = Tolerance.REJECT;
    unknownValuesSaid = true;
    return this;
  }

  /**
   * For a record field: the consumer ignores fields it does not know inside it, whatever the
   * expectation says for the rest of the data.
   *
   * @return this spec
   */
  public FieldSpec tolerateExtraFields() {
    extraFields = Tolerance.TOLERATE;
    return this;
  }

  /**
   * For a record field: the consumer fails on fields it does not know inside it, so a producer
   * adding one breaks it.
   *
   * @return this spec
   */
  public FieldSpec rejectExtraFields() {
    extraFields = Tolerance.REJECT;
    return this;
  }

  /**
   * The least length the consumer assumes (characters, bytes, elements or entries).
   *
   * @param length at least 0
   * @return this spec
   * @throws InvalidDefinitionException if the length is negative
   */
  public FieldSpec minLength(long length) {
    minLength = length(length, "minLength");
    return this;
  }

  /**
   * The greatest length the consumer assumes (characters, bytes, elements or entries): it breaks
   * if the producer allows longer values.
   *
   * @param length at least 0
   * @return this spec
   * @throws InvalidDefinitionException if the length is negative
   */
  public FieldSpec maxLength(long length) {
    maxLength = length(length, "maxLength");
    return this;
  }

  /**
   * A regular expression every value matches.
   *
   * @param regex the pattern (ECMA-262 flavour, as JSON Schema uses; checked with Java's syntax)
   * @return this spec
   * @throws InvalidDefinitionException if the pattern does not compile
   */
  public FieldSpec pattern(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw fail(BuilderMessages.notARegex(regex, e.getDescription()));
    }
    pattern = regex;
    return this;
  }

  /**
   * A named format every value has, e.g. {@code email} or {@code date-time}.
   *
   * @param name the format name
   * @return this spec
   */
  public FieldSpec format(String name) {
    format = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * The least value the consumer assumes, inclusive.
   *
   * @param value the bound
   * @return this spec
   */
  public FieldSpec minimum(long value) {
    return minimum(BigDecimal.valueOf(value));
  }

  /**
   * The least value the consumer assumes, inclusive.
   *
   * @param value the bound
   * @return this spec
   */
  public FieldSpec minimum(BigDecimal value) {
    minimum = Objects.requireNonNull(value, "value");
    exclusiveMinimum = false;
    return this;
  }

  /**
   * A bound every value is greater than.
   *
   * @param value the bound, itself excluded
   * @return this spec
   */
  public FieldSpec exclusiveMinimum(long value) {
    return exclusiveMinimum(BigDecimal.valueOf(value));
  }

  /**
   * A bound every value is greater than.
   *
   * @param value the bound, itself excluded
   * @return this spec
   */
  public FieldSpec exclusiveMinimum(BigDecimal value) {
    minimum = Objects.requireNonNull(value, "value");
    exclusiveMinimum = true;
    return this;
  }

  /**
   * The greatest value the consumer assumes, inclusive.
   *
   * @param value the bound
   * @return this spec
   */
  public FieldSpec maximum(long value) {
    return maximum(BigDecimal.valueOf(value));
  }

  /**
   * The greatest value the consumer assumes, inclusive.
   *
   * @param value the bound
   * @return this spec
   */
  public FieldSpec maximum(BigDecimal value) {
    maximum = Objects.requireNonNull(value, "value");
    exclusiveMaximum = false;
    return this;
  }

  /**
   * A bound every value is less than.
   *
   * @param value the bound, itself excluded
   * @return this spec
   */
  public FieldSpec exclusiveMaximum(long value) {
    return exclusiveMaximum(BigDecimal.valueOf(value));
  }

  /**
   * A bound every value is less than.
   *
   * @param value the bound, itself excluded
   * @return this spec
   */
  public FieldSpec exclusiveMaximum(BigDecimal value) {
    maximum = Objects.requireNonNull(value, "value");
    exclusiveMaximum = true;
    return this;
  }

  /**
   * Every value is a multiple of this step, e.g. {@code 0.01} for cents.
   *
   * @param step greater than 0
   * @return this spec
   * @throws InvalidDefinitionException if the step is not positive
   */
  public FieldSpec multipleOf(long step) {
    return multipleOf(BigDecimal.valueOf(step));
  }

  /**
   * Every value is a multiple of this step, e.g. {@code new BigDecimal("0.01")} for cents.
   *
   * @param step greater than 0
   * @return this spec
   * @throws InvalidDefinitionException if the step is not positive
   */
  public FieldSpec multipleOf(BigDecimal step) {
    Objects.requireNonNull(step, "step");
    if (step.signum() <= 0) {
      throw fail(BuilderMessages.stepNotPositive(step));
    }
    multipleOf = step;
    return this;
  }

  /** Checks the spec as a whole and makes the immutable field expectation. */
  FieldExpectation toExpectation() {
    if (minLength != null && maxLength != null && minLength > maxLength) {
      throw fail(BuilderMessages.lengthsContradict(minLength, maxLength));
    }
    if (minimum != null && maximum != null) {
      int order = minimum.compareTo(maximum);
      if (order > 0 || (order == 0 && (exclusiveMinimum || exclusiveMaximum))) {
        throw fail(BuilderMessages.emptyRange(exclusiveMinimum ? "exclusiveMinimum" : "minimum",
            minimum, exclusiveMaximum ? "exclusiveMaximum" : "maximum", maximum));
      }
    }
    if (unknownValuesSaid && values.isEmpty()) {
      throw fail(BuilderMessages.unknownValuesWithoutValues());
    }
    if (type != null) {
      checkApplies(type);
    }
    Constraints constraints = Constraints.NONE
        .withLength(minLength, maxLength)
        .withPattern(pattern)
        .withFormat(format)
        .withRange(minimum, exclusiveMinimum, maximum, exclusiveMaximum)
        .withMultipleOf(multipleOf);
    return new FieldExpectation(path, type, required, nullable, values,
        values.isEmpty() ? Tolerance.REJECT : unknownValues, extraFields, constraints);
  }

  private void checkApplies(TypeName declared) {
    String base = declared.base();
    if ((minLength != null || maxLength != null) && !LENGTH_TYPES.contains(base)) {
      throw fail(BuilderMessages.notApplicable(minLength != null ? "minLength" : "maxLength",
          declared, "string, bytes, array and map"));
    }
    if ((pattern != null || format != null) && !TEXT_TYPES.contains(base)) {
      throw fail(BuilderMessages.notApplicable(pattern != null ? "pattern" : "format", declared,
          "text: string, date, time, timestamp, local-timestamp, uuid and enum"));
    }
    if ((minimum != null || maximum != null || multipleOf != null) && !NUMBER_TYPES.contains(base)) {
      String keyword = minimum != null ? (exclusiveMinimum ? "exclusiveMinimum" : "minimum")
          : maximum != null ? (exclusiveMaximum ? "exclusiveMaximum" : "maximum") : "multipleOf";
      throw fail(BuilderMessages.notApplicable(keyword, declared, "numbers"));
    }
    if (!values.isEmpty() && STRUCTURED_TYPES.contains(base)) {
      throw fail(BuilderMessages.notApplicable("values", declared, "scalars and enums"));
    }
    if (extraFields != null && !base.equals("record") && !base.equals("any")) {
      throw fail(BuilderMessages.notApplicable("extraFields", declared, "records"));
    }
    for (String value : values) {
      checkValue(value, base);
    }
  }

  private void checkValue(String value, String base) {
    switch (base) {
      case "int32", "int64", "integer" -> {
        BigInteger number = integer(value);
        boolean fits = switch (base) {
          case "int32" -> number != null && number.compareTo(INT32_MIN) >= 0 && number.compareTo(INT32_MAX) <= 0;
          case "int64" -> number != null && number.compareTo(INT64_MIN) >= 0 && number.compareTo(INT64_MAX) <= 0;
          default -> number != null;
        };
        if (!fits) {
          throw fail(BuilderMessages.valueNotOfType(value, "an " + base));
        }
      }
      case "float", "double", "number", "decimal" -> {
        if (decimal(value) == null) {
          throw fail(BuilderMessages.valueNotOfType(value, "a number"));
        }
      }
      case "boolean" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw fail(BuilderMessages.valueNotOfType(value, "true or false"));
        }
      }
      default -> {
        // text values: any string is a possible value
      }
    }
  }

  private static @Nullable BigInteger integer(String text) {
    BigDecimal number = decimal(text);
    if (number == null) {
      return null;
    }
    try {
      return number.toBigIntegerExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static @Nullable BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private long length(long value, String keyword) {
    if (value < 0) {
      throw fail(BuilderMessages.negativeLength(keyword, value));
    }
    return value;
  }

  private InvalidDefinitionException fail(String problem) {
    return new InvalidDefinitionException(BuilderMessages.onField(path, lowerFirst(problem)));
  }

  /** TypeName's messages start a sentence; after "Field `x`: " they continue one. */
  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
