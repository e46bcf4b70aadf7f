package dev.treaty.avro.internal;

import dev.treaty.avro.internal.model.ModelMapper;
import dev.treaty.avro.internal.read.ReadSchema;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import java.util.List;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An Avro schema read by the Avro format: Avro's parsed {@link Schema}, the files it came from,
 * and its model. The model is computed on first use and kept; a schema the model cannot express
 * (a union without branches) can still be compared.
 */
public final class ParsedAvroSchema implements ParsedSchema {

  /** The format's id. */
  public static final String FORMAT_ID = "avro";

  private final ReadSchema read;
  private volatile @Nullable SchemaModel model;

  /**
   * Wraps a read schema.
   *
   * @param read the schema and its files
   */
  public ParsedAvroSchema(ReadSchema read) {
    this.read = read;
  }

  /**
   * Avro's schema of the payload.
   *
   * @return the schema
   */
  public Schema schema() {
    return read.schema();
  }

  /**
   * The schema as read, with its files and definitions.
   *
   * @return the read schema
   */
  public ReadSchema read() {
    return read;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public SourceFile source() {
    return read.sources().get(0);
  }

  @Override
  public List<SourceFile> sources() {
    return read.sources();
  }

  @Override
  public SchemaModel model() {
    SchemaModel known = model;
    if (known == null) {
      known = ModelMapper.map(read.schema(), read.definitions());
      model = known;
    }
    return known;
  }
}
