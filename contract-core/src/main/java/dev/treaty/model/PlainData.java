package dev.treaty.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Free-form document content as plain, deeply immutable Java values: {@code String},
 * {@code Boolean}, {@code Long}, {@code BigInteger}, {@code BigDecimal}, {@code List},
 * insertion-ordered {@code Map} with string keys, or {@code null}.
 */
final class PlainData {

  private PlainData() {}

  /** A deeply immutable copy; rejects values of other types. */
  static @Nullable Object freeze(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(freeze(element)));
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put(String.valueOf(key), freeze(element)));
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException("unsupported value type " + value.getClass().getName()
        + "; use String, Boolean, a number, List, Map or null");
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> freezeMap(Map<String, ?> map) {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(freeze(map));
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> ? (Map<String, @Nullable Object>) value : Map.of();
  }

  static List<?> list(@Nullable Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  static @Nullable String text(Map<String, ?> object, String key) {
    Object value = object.get(key);
    return value == null || value instanceof Map || value instanceof List ? null : plainText(value);
  }

  static String plainText(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  static boolean flag(Map<String, ?> object, String key) {
    return Boolean.TRUE.equals(object.get(key));
  }

  static List<String> strings(@Nullable Object value) {
    List<String> out = new ArrayList<>();
    for (Object element : list(value)) {
      if (element != null) {
        out.add(plainText(element));
      }
    }
    return List.copyOf(out);
  }

  /** A mutable deep copy, for {@code withX} methods that edit a document. */
  @SuppressWarnings("unchecked")
  static @Nullable Object thaw(@Nullable Object value) {
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(thaw(element)));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      ((Map<String, ?>) map).forEach((key, element) -> copy.put(key, thaw(element)));
      return copy;
    }
    return value;
  }
}
