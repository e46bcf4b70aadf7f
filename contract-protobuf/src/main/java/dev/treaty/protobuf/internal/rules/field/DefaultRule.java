package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A singular scalar or enum field's default changed. Values compare by meaning, as buf does: an
 * int32 5 equals an int64 5, a float default equals a double one that rounds to it, string and
 * bytes defaults compare by their bytes; two zero defaults are never a change.
 */
public final class DefaultRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_DEFAULT_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    FieldDescriptor previous = pair.previous();
    FieldDescriptor current = pair.current();
    if (!hasDefault(previous) || !hasDefault(current)) {
      return;
    }
    Value before = new Value(previous.getDefaultValue(), previous.getType());
    Value after = new Value(current.getDefaultValue(), current.getType());
    if (before.isZero() && after.isZero() || same(before, after)) {
      return;
    }
    List<Integer> path = ElementPaths.of(current);
    changes.add(ProtobufRule.FIELD_DEFAULT_CHANGED, Subject.field(current),
        pair.versions().current().place(current.getFile(),
            ElementPaths.append(path, ElementPaths.FIELD_DEFAULT), path),
        shown(before.value()), shown(after.value()), Map.of());
  }

  private static boolean hasDefault(FieldDescriptor field) {
    return !field.isRepeated() && field.getJavaType() != JavaType.MESSAGE;
  }

  private static boolean same(Value before, Value after) {
    byte[] beforeBytes = before.bytes();
    byte[] afterBytes = after.bytes();
    if (beforeBytes != null || afterBytes != null) {
      return beforeBytes != null && afterBytes != null && Arrays.equals(beforeBytes, afterBytes);
    }
    Object a = before.value();
    Object b = after.value();
    if (a instanceof Float && b instanceof Double || a instanceof Double && b instanceof Float) {
      // A float default and a double default are the same when the double rounds to the float.
      float x = ((Number) a).floatValue();
      float y = ((Number) b).floatValue();
      return Float.isNaN(x) && Float.isNaN(y) || x == y;
    }
    if (before.isFloating() || after.isFloating()) {
      double x = ((Number) before.numeric()).doubleValue();
      double y = ((Number) after.numeric()).doubleValue();
      return Double.isNaN(x) && Double.isNaN(y) || x == y;
    }
    return before.numeric().compareTo(after.numeric()) == 0;
  }

  /** A default value with the type that says how to read its bits. */
  private record Value(Object value, Type type) {

    byte @Nullable [] bytes() {
      if (value instanceof String text) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      if (value instanceof ByteString data) {
        return data.toByteArray();
      }
      return null;
    }

    boolean isFloating() {
      return value instanceof Float || value instanceof Double;
    }

    /** The value as a number: bool is 0 or 1, an enum its number, unsigned types unsigned. */
    BigDecimal numeric() {
      if (value instanceof Boolean bool) {
        return bool ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      if (value instanceof EnumValueDescriptor enumValue) {
        return BigDecimal.valueOf(enumValue.getNumber());
      }
      if (value instanceof Integer i) {
        return type == Type.UINT32 || type == Type.FIXED32
            ? BigDecimal.valueOf(Integer.toUnsignedLong(i)) : BigDecimal.valueOf(i);
      }
      if (value instanceof Long l) {
        return type == Type.UINT64 || type == Type.FIXED64
            ? new BigDecimal(Long.toUnsignedString(l)) : BigDecimal.valueOf(l);
      }
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : BigDecimal.ZERO;
    }

    boolean isZero() {
      byte[] data = bytes();
      if (data != null) {
        return data.length == 0;
      }
      if (isFloating()) {
        // buf looks at the bits: -0.0 and NaN are not zero.
        double d = ((Number) value).doubleValue();
        return Double.doubleToRawLongBits(d) == 0L;
      }
      return numeric().signum() == 0;
    }
  }

  private static String shown(Object value) {
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof ByteString bytes) {
      return "bytes \"" + bytes.toStringUtf8() + "\"";
    }
    if (value instanceof EnumValueDescriptor enumValue) {
      return "`" + enumValue.getName() + "`";
    }
    return String.valueOf(value);
  }
}
