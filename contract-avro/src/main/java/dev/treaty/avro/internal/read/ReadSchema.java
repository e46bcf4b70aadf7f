package dev.treaty.avro.internal.read;

import dev.treaty.model.SourceFile;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A schema read by {@link AvroReader}: Avro's parsed schema, the files it came from (root first),
 * and where each named type is defined.
 *
 * @param schema the payload's schema
 * @param documents every file read, root first
 * @param definitions where each named type is defined
 */
public record ReadSchema(Schema schema, List<JsonDocument> documents, Definitions definitions) {

  /** Copies the documents. */
  public ReadSchema {
    Objects.requireNonNull(schema, "schema");
    documents = List.copyOf(documents);
    Objects.requireNonNull(definitions, "definitions");
  }

  /**
   * The files read, root first.
   *
   * @return the files
   */
  public List<SourceFile> sources() {
    return documents.stream().map(JsonDocument::file).toList();
  }

  /**
   * The JSON pointer of a named type's definition, prefixed with its file when that is not the
   * root file ({@code money.avsc#/fields/0}).
   *
   * @param fullName the type's full name
   * @return the pointer, or {@code null} when the type's definition is unknown
   */
  public @org.jspecify.annotations.Nullable String pointerOf(String fullName) {
    Definitions.Definition definition = definitions.get(fullName);
    if (definition == null) {
      return null;
    }
    return definition.document() == documents.get(0) ? definition.pointer()
        : definition.document().file().location() + "#" + definition.pointer();
  }
}
