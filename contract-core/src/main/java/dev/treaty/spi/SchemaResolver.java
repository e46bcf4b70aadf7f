package dev.treaty.spi;

import dev.treaty.model.SourceFile;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the files a schema references ({@code $ref} to a file beside it, an Avro named type in
 * another {@code .avsc}, a {@code .proto} import). Resolution never touches the network: it reads
 * a directory, or files already in memory (a registry's stored copy).
 */
@FunctionalInterface
public interface SchemaResolver {

  /** The largest file {@link #ofDirectory} reads. */
  long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /**
   * Finds a file by its normalized relative location.
   *
   * @param location a relative path with forward slashes, without {@code .} or {@code ..} segments
   * @return the file, or empty if there is none
   */
  Optional<SourceFile> find(String location);

  /**
   * Finds a file referenced from another, relative to the referencing file's directory.
   *
   * @param from the referencing file
   * @param reference the relative reference as written, e.g. {@code ../common/money.json}
   * @return the file, or empty if there is none or the reference leaves the resolver's root
   */
  default Optional<SourceFile> findRelative(SourceFile from, String reference) {
    String base = from.location();
    int slash = base.lastIndexOf('/');
    String joined = slash < 0 ? reference : base.substring(0, slash + 1) + reference;
    String normalized = normalize(joined);
    return normalized == null ? Optional.empty() : find(normalized);
  }

  /**
   * A resolver that finds nothing: for schemas that must stand alone.
   *
   * @return the resolver
   */
  static SchemaResolver none() {
    return location -> Optional.empty();
  }

  /**
   * A resolver over files held in memory.
   *
   * @param files file bytes by normalized relative location
   * @return the resolver
   */
  static SchemaResolver of(Map<String, byte[]> files) {
    Map<String, byte[]> copy = Map.copyOf(files);
    return location -> Optional.ofNullable(copy.get(location)).map(b -> SourceFile.of(location, b));
  }

  /**
   * A resolver that reads files under a directory and never outside it (a reference that climbs
   * above the root, or a symbolic link that leads out of it, finds nothing).
   *
   * @param root the directory that relative locations start from
   * @return the resolver
   */
  static SchemaResolver ofDirectory(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return location -> {
      String normalized = normalize(location);
      if (normalized == null) {
        return Optional.empty();
      }
      Path file = base.resolve(normalized).normalize();
      try {
        if (!file.startsWith(base) || !Files.isRegularFile(file)
            || !file.toRealPath().startsWith(base.toRealPath())) {
          return Optional.empty();
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
          throw new InvalidInputException(normalized + " cannot be read", java.util.List.of(new Problem(
              SourceLocation.of(normalized), "The file is " + size / (1024 * 1024)
                  + " MB; Treaty reads schema files of up to " + MAX_FILE_BYTES / (1024 * 1024) + " MB.")));
        }
        return Optional.of(SourceFile.of(normalized, Files.readAllBytes(file)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new InvalidDefinitionException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    };
  }

  /**
   * Normalizes a relative location: backslashes become slashes, {@code .} segments go, {@code ..}
   * segments cancel the one before.
   *
   * @param location a relative location
   * @return the normalized location, or {@code null} if it is absolute, empty, or climbs above
   *     its root
   */
  static @org.jspecify.annotations.Nullable String normalize(String location) {
    String text = location.replace('\\', '/');
    if (text.isEmpty() || text.startsWith("/") || text.matches("^[A-Za-z]:.*") || text.contains(":/")) {
      return null;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : text.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }
}
