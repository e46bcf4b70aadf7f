package dev.treaty.testing;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.SchemaModel;
import java.math.BigDecimal;
import java.util.List;

/** Short constructors for format-neutral schema models in tests. */
public final class Models {

  private Models() {}

  public static SchemaModel model(DataType root) {
    return SchemaModel.of(root);
  }

  public static RecordType closed(String name, Field... fields) {
    return new RecordType(name, List.of(fields), null, Constraints.NONE);
  }

  public static RecordType open(String name, Field... fields) {
    return new RecordType(name, List.of(fields), new DataType.AnyType(), Constraints.NONE);
  }

  public static Field required(String name, DataType type) {
    return Field.of(name, type, true);
  }

  public static Field optional(String name, DataType type) {
    return Field.of(name, type, false);
  }

  public static ScalarType string() {
    return ScalarType.of(ScalarKind.STRING);
  }

  public static ScalarType scalar(ScalarKind kind) {
    return ScalarType.of(kind);
  }

  public static ScalarType string(Constraints constraints) {
    return new ScalarType(ScalarKind.STRING, constraints);
  }

  public static ScalarType maxLength(long max) {
    return string(Constraints.NONE.withLength(null, max));
  }

  public static ScalarType number(String min, String max) {
    return new ScalarType(ScalarKind.NUMBER, Constraints.NONE.withRange(
        min == null ? null : new BigDecimal(min), false, max == null ? null : new BigDecimal(max), false));
  }

  public static DataType nullable(DataType type) {
    return UnionType.nullable(type);
  }

  public static EnumType enumOf(String... symbols) {
    return new EnumType("Status", List.of(symbols), null);
  }

  public static ArrayType arrayOf(DataType items) {
    return new ArrayType(items, Constraints.NONE);
  }

  public static MapType mapOf(DataType values) {
    return new MapType(values, Constraints.NONE);
  }

  public static UnionType union(DataType... branches) {
    return new UnionType(List.of(branches));
  }
}
