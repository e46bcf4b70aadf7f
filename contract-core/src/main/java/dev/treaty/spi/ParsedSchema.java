package dev.treaty.spi;

import dev.treaty.model.SourceFile;
import dev.treaty.model.SchemaModel;
import java.util.List;

/**
 * A schema a {@link SchemaFormat} has read and resolved. Implementations keep their native form
 * (a JSON tree, an Avro {@code Schema}, Protobuf descriptors) for their own rules, and offer the
 * format-neutral {@link SchemaModel} to everything else.
 */
public interface ParsedSchema {

  /**
   * The id of the format that read this schema.
   *
   * @return e.g. {@code json-schema}, {@code avro}, {@code protobuf}
   */
  String formatId();

  /**
   * The file the schema was read from.
   *
   * @return the root file
   */
  SourceFile source();

  /**
   * Every file read to resolve the schema, the root file first; storing them all lets the schema
   * be read again without the original directory.
   *
   * @return the files, root first, each once
   */
  List<SourceFile> sources();

  /**
   * The schema in format-neutral terms.
   *
   * @return the model
   */
  SchemaModel model();
}
