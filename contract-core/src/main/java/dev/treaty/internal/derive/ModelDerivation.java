package dev.treaty.internal.derive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives an expectation from the schema a consumer reads or validates with (the JSON Schema it
 * validates payloads against, an Avro reader schema), in format-neutral terms: one field
 * expectation per declared path, nested fields, array elements ({@code []}), map values
 * (<code>{}</code>) and union branches ({@code <Card>}) included.
 *
 * <ul>
 *   <li>type: {@link TypeName#of(DataType)} of the type without {@code null}; a union of several
 *       types is {@code any}, its branches are declared below it;
 *   <li>required: the field is required and has no default (a reader with a default copes with
 *       its absence);
 *   <li>nullable: the type admits {@code null};
 *   <li>values: an enum's symbols, rejecting unknown ones unless the enum has a default symbol; a
 *       scalar's allowed values ({@code enum}/{@code const}), rejecting others;
 *   <li>extra fields: rejected in closed records, tolerated in open ones;
 *   <li>constraints: copied where an expectation can state them (lengths of strings, bytes, arrays
 *       and maps; patterns and formats of text; ranges and steps of numbers).
 * </ul>
 *
 * <p>A recursive type is entered once per path from the root, as in {@link SchemaModel#entries()}.
 */
public final class ModelDerivation {

  private static final Set<String> LENGTH_TYPES = Set.of("string", "bytes", "array", "map");
  private static final Set<String> TEXT_TYPES = Set.of(
      "string", "date", "time", "timestamp", "local-timestamp", "uuid", "enum");
  private static final Set<String> NUMBER_TYPES = Set.of(
      "int32", "int64", "integer", "float", "double", "number", "decimal");
  private static final ObjectMapper LITERALS = new ObjectMapper();

  private final SchemaModel model;
  private final List<FieldExpectation> fields = new ArrayList<>();
  private final ExplicitTolerance tolerances;

  private ModelDerivation(SchemaModel model, Tolerance document) {
    this.model = model;
    this.tolerances = new ExplicitTolerance(document);
  }

  /**
   * Derives the expectation of a consumer that reads data with a schema.
   *
   * @param model the consumer's schema, in format-neutral terms
   * @param consumer the consumer's name
   * @param contract the contract's id
   * @return a builder holding the derived fields, to refine
   * @throws InvalidDefinitionException if a name is invalid or a type reference names no definition
   */
  public static ExpectationBuilder derive(SchemaModel model, String consumer, String contract) {
    ExpectationBuilder builder = Expectation.builder(consumer, contract);
    ModelDerivation derivation;
    try {
      DataType root = model.resolve(model.root());
      derivation = new ModelDerivation(model,
          root instanceof RecordType record && !record.isOpen() ? Tolerance.REJECT : Tolerance.TOLERATE);
      derivation.below(FieldPath.ROOT, model.root(), new HashSet<>());
    } catch (IllegalArgumentException e) {
      throw new InvalidDefinitionException("Cannot derive an expectation from the schema model: "
          + e.getMessage() + ".", e);
    }
    builder.extraFields(derivation.tolerances.document());
    derivation.fields.forEach(builder::field);
    return builder;
  }

  /** Declares the value at {@code path} (not the root) and what lies below it. */
  private void value(FieldPath path, DataType declared, boolean required, Set<String> refsOnPath) {
    DataType resolved = model.resolve(declared);
    boolean nullable = resolved.isNullable();
    DataType nonNull = resolved.withoutNull();
    DataType type = model.resolve(nonNull);
    TypeName name = type instanceof UnionType ? TypeName.parse("any") : TypeName.of(type);
    List<String> values = List.of();
    Tolerance unknownValues = Tolerance.REJECT;
    @Nullable Tolerance extraFields = null;
    if (type instanceof EnumType enumType) {
      values = enumType.symbols();
      unknownValues = enumType.defaultSymbol() != null ? Tolerance.TOLERATE : Tolerance.REJECT;
    } else if (!type.constraints().allowedValues().isEmpty()) {
      values = literals(type.constraints().allowedValues());
    }
    if (type instanceof RecordType record) {
      extraFields = tolerances.of(path, record.isOpen() ? Tolerance.TOLERATE : Tolerance.REJECT);
    }
    fields.add(new FieldExpectation(path, name, required, nullable, values, unknownValues, extraFields,
        expressible(type.constraints(), name)));
    Set<String> refs = new HashSet<>(refsOnPath);
    if (!enter(declared, refs) || !enter(nonNull, refs)) {
      return; // the second occurrence of a recursive type on this path
    }
    below(path, type, refs);
  }

  private void below(FieldPath path, DataType declared, Set<String> refsOnPath) {
    Set<String> refs = new HashSet<>(refsOnPath);
    if (!enter(declared, refs)) {
      return;
    }
    DataType type = model.resolve(model.resolve(declared).withoutNull());
    if (type instanceof RecordType record) {
      for (DataType.Field field : record.fields()) {
        value(path.field(field.name()), field.type(), field.required() && field.defaultValue() == null, refs);
      }
    } else if (type instanceof ArrayType array) {
      value(path.element(), array.items(), false, refs); // presence says nothing about elements
    } else if (type instanceof MapType map) {
      value(path.mapValue(), map.values(), false, refs);
    } else if (type instanceof UnionType union) {
      for (DataType branch : union.branches()) {
        value(path.branch(SchemaModel.branchLabel(branch)), branch, false, refs);
      }
    }
  }

  /** Records a reference as entered on this path; false if it already was. */
  private static boolean enter(DataType type, Set<String> refs) {
    return !(type instanceof RefType ref) || refs.add(ref.name());
  }

  /** The constraints an expectation can state for a type; the others (a record's size) are left out. */
  private static Constraints expressible(Constraints c, TypeName type) {
    boolean lengths = LENGTH_TYPES.contains(type.base());
    boolean text = TEXT_TYPES.contains(type.base());
    boolean numbers = NUMBER_TYPES.contains(type.base());
    return Constraints.NONE
        .withLength(lengths ? c.minLength() : null, lengths ? c.maxLength() : null)
        .withPattern(text ? c.pattern() : null)
        .withFormat(text ? c.format() : null)
        .withRange(numbers ? c.minimum() : null, numbers && c.exclusiveMinimum(),
            numbers ? c.maximum() : null, numbers && c.exclusiveMaximum())
        .withMultipleOf(numbers ? c.multipleOf() : null);
  }

  /** Allowed values are canonical JSON literals; expectations list them as plain text. */
  private static List<String> literals(List<String> allowed) {
    List<String> values = new ArrayList<>();
    for (String literal : allowed) {
      String text = plain(literal);
      if (!literal.equals("null") && !values.contains(text)) { // null is the nullable flag's business
        values.add(text);
      }
    }
    return values;
  }

  /** As the consumer check reads allowed values: {@code "EUR"} becomes {@code EUR}, {@code 3} stays {@code 3}. */
  private static String plain(String literal) {
    try {
      JsonNode node = LITERALS.readTree(literal);
      return node == null ? literal : node.isTextual() ? node.textValue() : node.toString();
    } catch (JsonProcessingException e) {
      return literal;
    }
  }
}
