package dev.treaty.avro.internal.compare;

import dev.treaty.avro.internal.model.AvroTypes;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How a reader's names match a writer's. The specification and Avro's checker compare
 * unqualified names, and accept a reader alias naming the writer's full name; Java's decoder
 * first renames the writer's types and fields after the reader's aliases (aliases are full names,
 * an unqualified alias taking the reader's namespace), and applies a reader field's aliases only
 * inside a record whose full name matched.
 */
public final class Names {

  private Names() {}

  /**
   * Whether a schema is a record, enum or fixed.
   *
   * @param schema any schema
   * @return {@code true} for named types
   */
  public static boolean isNamed(Schema schema) {
    return AvroTypes.isNamed(schema);
  }

  /**
   * Whether the reader's named type takes the writer's by unqualified name or by alias.
   *
   * @param reader the reading named type
   * @param writer the writing named type
   * @return {@code true} when the reader accepts the writer's name
   */
  public static boolean shortNameMatches(Schema reader, Schema writer) {
    return reader.getName().equals(writer.getName())
        || reader.getAliases().contains(writer.getFullName());
  }

  /**
   * Whether the reader's named type takes the writer's by full name or by alias.
   *
   * @param reader the reading named type
   * @param writer the writing named type
   * @return {@code true} when the reader accepts the writer's full name
   */
  public static boolean fullNameMatches(Schema reader, Schema writer) {
    return reader.getFullName().equals(writer.getFullName())
        || reader.getAliases().contains(writer.getFullName());
  }

  /**
   * The writer's field a reader's field reads: the one of the same name, else (when the records'
   * full names match, as Java's decoder requires) one named by the reader field's aliases.
   *
   * @param writer the writing record
   * @param reader the reading record
   * @param readerField a field of the reading record
   * @return the writer's field, or {@code null} when there is none
   */
  public static Schema.@Nullable Field writerField(Schema writer, Schema reader,
      Schema.Field readerField) {
    Schema.Field direct = writer.getField(readerField.name());
    if (direct != null) {
      return direct;
    }
    if (!fullNameMatches(reader, writer)) {
      return null;
    }
    return aliasedField(writer, readerField);
  }

  /**
   * The writer's field a reader field's alias names, whether or not the decoder applies it.
   *
   * @param writer the writing record
   * @param readerField a field of the reading record
   * @return the writer's field, or {@code null}
   */
  public static Schema.@Nullable Field aliasedField(Schema writer, Schema.Field readerField) {
    for (String alias : readerField.aliases()) {
      Schema.Field aliased = writer.getField(alias);
      if (aliased != null) {
        return aliased;
      }
    }
    return null;
  }
}
