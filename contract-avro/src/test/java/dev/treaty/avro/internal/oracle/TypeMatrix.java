package dev.treaty.avro.internal.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Schema pairs built systematically for the oracle: a record whose field {@code value} has one
 * of several types in the old version and another in the new, for every ordered pair of types —
 * primitives, promotions, logical types, decimals, enums with and without defaults, unions with
 * and without null, records that differ in names, fields and defaults. Every pair is a change a
 * producer might make; the oracle checks Treaty's verdict on each in both directions.
 */
final class TypeMatrix {

  private static final List<String> TYPES = List.of(
      "\"null\"", "\"boolean\"", "\"int\"", "\"long\"", "\"float\"", "\"double\"", "\"string\"",
      "\"bytes\"",
      "{\"type\":\"fixed\",\"name\":\"F\",\"size\":4}",
      "{\"type\":\"fixed\",\"name\":\"F\",\"size\":8}",
      "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"B\"]}",
      "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"B\",\"C\"]}",
      "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"B\"],\"default\":\"A\"}",
      "{\"type\":\"enum\",\"name\":\"E\",\"namespace\":\"other\",\"symbols\":[\"A\",\"B\"]}",
      "{\"type\":\"int\",\"logicalType\":\"date\"}",
      "{\"type\":\"int\",\"logicalType\":\"time-millis\"}",
      "{\"type\":\"long\",\"logicalType\":\"time-micros\"}",
      "{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}",
      "{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}",
      "{\"type\":\"long\",\"logicalType\":\"local-timestamp-millis\"}",
      "{\"type\":\"string\",\"logicalType\":\"uuid\"}",
      "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":10,\"scale\":2}",
      "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":12,\"scale\":2}",
      "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":10,\"scale\":3}",
      "{\"type\":\"fixed\",\"name\":\"D\",\"size\":8,\"logicalType\":\"decimal\",\"precision\":10,"
          + "\"scale\":2}",
      "[\"null\",\"int\"]", "[\"null\",\"long\"]", "[\"int\",\"string\"]",
      "[\"null\",\"string\",\"long\"]", "[\"string\",\"null\"]",
      "[\"null\",{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"B\"]}]",
      "{\"type\":\"array\",\"items\":\"int\"}", "{\"type\":\"array\",\"items\":\"long\"}",
      "{\"type\":\"map\",\"values\":\"float\"}", "{\"type\":\"map\",\"values\":\"double\"}",
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}",
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"long\"},"
          + "{\"name\":\"b\",\"type\":\"string\",\"default\":\"x\"}]}",
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"b\",\"type\":\"string\"}]}",
      "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"other\",\"fields\":[{\"name\":\"c\","
          + "\"type\":\"int\",\"aliases\":[\"a\"]}]}",
      "{\"type\":\"record\",\"name\":\"S\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}",
      "[\"null\",{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}]",
      "[{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]},"
          + "{\"type\":\"record\",\"name\":\"S\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},"
          + "{\"name\":\"z\",\"type\":\"int\",\"default\":0}]}]");

  private TypeMatrix() {}

  /**
   * Every ordered pair of different types, each as a record with one field.
   *
   * @return pairs of schema texts, old first
   */
  static List<String[]> pairs() {
    List<String[]> out = new ArrayList<>();
    for (String older : TYPES) {
      for (String newer : TYPES) {
        if (!older.equals(newer)) {
          out.add(new String[] {wrap(older), wrap(newer)});
        }
      }
    }
    return out;
  }

  private static String wrap(String type) {
    return "{\"type\":\"record\",\"name\":\"Holder\",\"namespace\":\"matrix\",\"fields\":["
        + "{\"name\":\"value\",\"type\":" + type + "}]}";
  }
}
