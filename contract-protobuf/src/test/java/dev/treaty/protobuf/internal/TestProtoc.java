package dev.treaty.protobuf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.SourceFile;
import dev.treaty.protobuf.internal.read.Protoc;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The protoc the build fetched from Maven Central ({@code target/protoc/protoc}, named by the
 * system property surefire sets), made executable, and the format that uses it.
 */
public final class TestProtoc {

  private static @Nullable Protoc protoc;

  private TestProtoc() {}

  /**
   * The build's protoc.
   *
   * @return it, executable
   */
  public static synchronized Protoc protoc() {
    if (protoc == null) {
      String property = System.getProperty(Protoc.PROPERTY);
      assertThat(property).as("the build sets " + Protoc.PROPERTY + " to the protoc it fetched")
          .isNotBlank();
      Path path = Path.of(property);
      assertThat(path).as("protoc fetched by maven-dependency-plugin").isRegularFile();
      assertThat(path.toFile().setExecutable(true)).as("chmod +x " + path).isTrue();
      protoc = new Protoc(path);
    }
    return protoc;
  }

  /**
   * The format, compiling {@code .proto} files with the build's protoc.
   *
   * @return the format
   */
  public static ProtobufFormat format() {
    Protoc compiler = protoc();
    return new ProtobufFormat(() -> Optional.of(compiler));
  }

  /**
   * Reads a schema from a directory of {@code .proto} files: {@code main.proto} when there are
   * several, else the only one; its imports are found in the directory.
   *
   * @param directory the directory
   * @param element the message, or {@code null} for the file's only one
   * @return the schema
   */
  public static ParsedSchema read(Path directory, @Nullable String element) {
    Path root = mainFile(directory);
    try {
      return format().parse(SourceFile.of(directory.relativize(root).toString(),
          Files.readAllBytes(root)), SchemaResolver.ofDirectory(directory), element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles text that stands alone.
   *
   * @param name the file name
   * @param text the source
   * @param element the message, or {@code null}
   * @return the schema
   */
  public static ParsedSchema compile(String name, String text, @Nullable String element) {
    return format().parse(SourceFile.ofText(name, text), SchemaResolver.none(), element);
  }

  private static Path mainFile(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> protos = files.filter(f -> f.toString().endsWith(".proto")).sorted().toList();
      if (protos.size() == 1) {
        return protos.get(0);
      }
      Path main = directory.resolve("main.proto");
      assertThat(main).as("several .proto files in " + directory + ": the root is main.proto")
          .isRegularFile();
      return main;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
