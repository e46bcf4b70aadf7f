package dev.treaty.internal.expectation;

import dev.treaty.internal.document.DocumentWriter;
import dev.treaty.model.Constraints;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.VersionRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes expectations as {@code ConsumerExpectation} YAML, in a fixed key order, leaving out only
 * what is unset; the same expectation always gives the same bytes.
 */
public final class ExpectationWriter {

  private ExpectationWriter() {}

  /**
   * Writes an expectation.
   *
   * @param expectation the expectation
   * @return the YAML document
   */
  public static String yaml(Expectation expectation) {
    return DocumentWriter.yaml(toDocument(expectation));
  }

  /**
   * The document as plain values, in the order Treaty writes it.
   *
   * @param expectation the expectation
   * @return the document
   */
  public static Map<String, Object> toDocument(Expectation expectation) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", expectation.apiVersion());
    doc.put("kind", Expectation.KIND);
    doc.put("consumer", expectation.consumer());
    doc.put("contract", expectation.contract());
    if (!expectation.versions().equals(VersionRange.ANY)) {
      doc.put("versions", expectation.versions().toString());
    }
    putIfSet(doc, "owner", expectation.owner());
    putIfSet(doc, "expires", expectation.expires() == null ? null : expectation.expires().toString());
    putIfSet(doc, "purpose", expectation.purpose());
    doc.put("extraFields", expectation.extraFields().label());
    List<Object> fields = new ArrayList<>();
    for (FieldExpectation field : expectation.fields()) {
      fields.add(field(field));
    }
    doc.put("fields", fields);
    return doc;
  }

  private static Map<String, Object> field(FieldExpectation field) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", field.path().toString());
    putIfSet(out, "type", field.type() == null ? null : field.type().toString());
    out.put("required", field.required());
    out.put("nullable", field.nullable());
    if (!field.values().isEmpty()) {
      out.put("values", field.values());
      out.put("unknownValues", field.unknownValues().label());
    }
    putIfSet(out, "extraFields", field.extraFields() == null ? null : field.extraFields().label());
    Constraints c = field.constraints();
    putIfSet(out, "minLength", c.minLength());
    putIfSet(out, "maxLength", c.maxLength());
    putIfSet(out, "pattern", c.pattern());
    putIfSet(out, "format", c.format());
    putIfSet(out, c.exclusiveMinimum() ? "exclusiveMinimum" : "minimum", c.minimum());
    putIfSet(out, c.exclusiveMaximum() ? "exclusiveMaximum" : "maximum", c.maximum());
    putIfSet(out, "multipleOf", c.multipleOf());
    return out;
  }

  private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
