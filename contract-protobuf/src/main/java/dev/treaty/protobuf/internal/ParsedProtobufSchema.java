package dev.treaty.protobuf.internal;

import com.google.protobuf.Descriptors.Descriptor;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.protobuf.internal.model.ModelMapper;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.spi.ParsedSchema;
import java.util.List;

/**
 * A Protobuf schema read by {@link ProtobufFormat}: the built files, the payload's message, and
 * its model, computed once.
 */
public final class ParsedProtobufSchema implements ParsedSchema {

  private final ProtoFiles files;
  private final Descriptor root;
  private final SchemaModel model;

  ParsedProtobufSchema(ProtoFiles files, Descriptor root) {
    this.files = files;
    this.root = root;
    this.model = ModelMapper.map(root, files);
  }

  /**
   * The files the schema was read from, built.
   *
   * @return the files
   */
  public ProtoFiles files() {
    return files;
  }

  /**
   * The payload's message.
   *
   * @return the root message
   */
  public Descriptor root() {
    return root;
  }

  @Override
  public String formatId() {
    return ProtobufFormat.ID;
  }

  @Override
  public SourceFile source() {
    return files.sources().get(0);
  }

  @Override
  public List<SourceFile> sources() {
    return files.sources();
  }

  @Override
  public SchemaModel model() {
    return model;
  }
}
