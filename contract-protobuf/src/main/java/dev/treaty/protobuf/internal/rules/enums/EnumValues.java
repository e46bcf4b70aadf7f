package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An enum's values by number: with {@code allow_alias}, one number has several names. */
final class EnumValues {

  private EnumValues() {}

  static Map<Integer, List<EnumValueDescriptor>> byNumber(EnumDescriptor enumType) {
    Map<Integer, List<EnumValueDescriptor>> values = new TreeMap<>();
    for (EnumValueDescriptor value : enumType.getValues()) {
      values.computeIfAbsent(value.getNumber(), n -> new ArrayList<>()).add(value);
    }
    return values;
  }

  static List<String> names(List<EnumValueDescriptor> values) {
    return values.stream().map(EnumValueDescriptor::getName).sorted().toList();
  }
}
