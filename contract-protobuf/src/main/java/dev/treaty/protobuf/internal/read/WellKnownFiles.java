package dev.treaty.protobuf.internal.read;

import dev.treaty.model.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code google/protobuf/*.proto} files that protobuf-java carries as resources. protoc has no
 * include directory of its own when it comes from Maven Central, so Treaty hands it these; and in
 * a descriptor set they are imports, never part of the schema being compared.
 */
public final class WellKnownFiles {

  /** Every {@code .proto} resource in protobuf-java, by import name. */
  public static final List<String> NAMES = List.of(
      "google/protobuf/any.proto", "google/protobuf/api.proto",
      "google/protobuf/descriptor.proto", "google/protobuf/duration.proto",
      "google/protobuf/empty.proto", "google/protobuf/field_mask.proto",
      "google/protobuf/java_features.proto", "google/protobuf/source_context.proto",
      "google/protobuf/struct.proto", "google/protobuf/timestamp.proto",
      "google/protobuf/type.proto", "google/protobuf/wrappers.proto");

  private WellKnownFiles() {}

  /**
   * Whether a file is one of protobuf's own.
   *
   * @param name the file's import name
   * @return {@code true} for the bundled well-known files
   */
  public static boolean contains(String name) {
    return NAMES.contains(name);
  }

  /**
   * Writes the bundled files below a directory, as an include root for protoc.
   *
   * @param directory the include root to fill
   */
  static void unpack(Path directory) {
    ClassLoader loader = WellKnownFiles.class.getClassLoader();
    for (String name : NAMES) {
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new InvalidDefinitionException("protobuf-java on the class path lacks " + name
              + "; Treaty needs protobuf-java 4.x to compile .proto files.");
        }
        Path target = directory.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new InvalidDefinitionException("Cannot write " + name + " to a temporary directory: "
            + e.getMessage(), e);
      }
    }
  }
}
