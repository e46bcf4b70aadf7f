package dev.treaty.internal.derive;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings that might name an enum constant in JSON. They are only candidates: the derivation
 * keeps those that the consumer's mapper really reads back as the constant.
 */
final class EnumNames {

  private EnumNames() {}

  /** Name, {@code toString()}, {@code @JsonProperty}, {@code @JsonAlias} and the serialized form. */
  static Set<String> candidates(ObjectMapper mapper, Enum<?> constant) {
    Set<String> names = new LinkedHashSet<>();
    try {
      JsonNode written = mapper.valueToTree(constant);
      if (written != null && written.isTextual()) {
        names.add(written.asText());
      }
    } catch (IllegalArgumentException e) {
      // The mapper cannot write the constant; its reading is still probed with the other names.
    }
    try {
      Field field = constant.getDeclaringClass().getField(constant.name());
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        names.add(property.value());
      }
      JsonAlias alias = field.getAnnotation(JsonAlias.class);
      if (alias != null) {
        names.addAll(java.util.List.of(alias.value()));
      }
    } catch (NoSuchFieldException e) {
      // every enum constant is a public field; nothing to add if a class loader hides it
    }
    names.add(constant.name());
    names.add(constant.toString());
    return names;
  }

  /** The JSON string literal for a text. */
  static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
