package dev.treaty.internal.registry;

import dev.treaty.model.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The file operations of a registry directory, built so that nothing outside the directory is
 * reached and nothing is half-written: paths below the root are walked one component at a time
 * without following symbolic links; files are written to fresh names, forced to disk, and only
 * then renamed into place. Paths passed in are always inside the root (the callers build them
 * from {@link RegistryLayout} and checked names).
 */
final class RegistryStorage {

  /**
   * How old work in progress must be before another process may delete it as a leftover of a
   * process that died. Publishing takes milliseconds, so an hour leaves a wide margin for slow
   * disks without letting crashed leftovers pile up.
   */
  static final Duration LEFTOVER_AGE = Duration.ofHours(1);

  /** What a path holds, seen without following links. */
  enum Kind { ABSENT, DIRECTORY, FILE, OTHER }

  private final Path root;

  RegistryStorage(Path root) {
    this.root = root;
  }

  /**
   * What the root holds. The root itself may be a link — the user chose it — but must lead to a
   * directory.
   */
  Kind rootKind() {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Kind.ABSENT;
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("read", root, e), e);
    }
    if (!attributes.isDirectory()) {
      throw new InvalidDefinitionException(RegistryMessages.rootNotADirectory(root));
    }
    return Kind.DIRECTORY;
  }

  /**
   * What a path below the root holds.
   *
   * @throws InvalidDefinitionException if a component on the way is a link or not a directory
   */
  Kind lookup(Path path) {
    if (rootKind() == Kind.ABSENT) {
      return Kind.ABSENT;
    }
    if (path.equals(root)) {
      return Kind.DIRECTORY;
    }
    Path relative = root.relativize(path);
    Path current = root;
    int count = relative.getNameCount();
    for (int i = 0; i < count; i++) {
      current = current.resolve(relative.getName(i));
      BasicFileAttributes attributes = attributesOf(current);
      if (attributes == null) {
        return Kind.ABSENT;
      }
      if (i < count - 1 && !attributes.isDirectory()) {
        throw new InvalidDefinitionException(RegistryMessages.notADirectory(current));
      }
      if (i == count - 1) {
        return kindOf(attributes);
      }
    }
    return Kind.DIRECTORY;
  }

  /**
   * Makes sure a directory below the root exists, creating the root and what is missing.
   *
   * @return the directory
   * @throws InvalidDefinitionException if a component is a link or a file, or cannot be created
   */
  Path ensureDirectory(Path path) {
    try {
      Files.createDirectories(root);
    } catch (FileAlreadyExistsException e) {
      throw new InvalidDefinitionException(RegistryMessages.rootNotADirectory(root), e);
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("create", root, e), e);
    }
    if (path.equals(root)) {
      return path;
    }
    Path current = root;
    for (Path name : root.relativize(path)) {
      Path parent = current;
      current = current.resolve(name);
      BasicFileAttributes attributes = attributesOf(current);
      if (attributes == null) {
        try {
          Files.createDirectory(current);
          forceDirectory(parent);
        } catch (FileAlreadyExistsException raced) {
          // another publisher created it a moment ago; check what it is below
        } catch (IOException e) {
          throw new InvalidDefinitionException(RegistryMessages.io("create", current, e), e);
        }
        attributes = attributesOf(current);
      }
      if (attributes == null || !attributes.isDirectory()) {
        throw new InvalidDefinitionException(RegistryMessages.notADirectory(current));
      }
    }
    return path;
  }

  /**
   * The attributes of a path, without following a link at its end.
   *
   * @return the attributes, or {@code null} if nothing is there
   * @throws InvalidDefinitionException if it is a link, or cannot be read
   */
  private static @Nullable BasicFileAttributes attributesOf(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("read", path, e), e);
    }
    if (attributes.isSymbolicLink()) {
      throw new InvalidDefinitionException(RegistryMessages.symbolicLink(path));
    }
    return attributes;
  }

  private static Kind kindOf(BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return Kind.DIRECTORY;
    }
    return attributes.isRegularFile() ? Kind.FILE : Kind.OTHER;
  }

  /**
   * The names in a directory below the root (whose path {@link #lookup} has checked).
   *
   * @return the names, sorted; empty if the directory is gone
   */
  List<String> list(Path directory) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("list", directory, e), e);
    }
    names.sort(null);
    return names;
  }

  /**
   * The bytes of a file (whose path {@link #lookup} has checked), refusing a link put there since.
   *
   * @return the bytes, or empty if the file is gone — removed by another process, say
   */
  Optional<byte[]> read(Path file) {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(in.readAllBytes());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        throw new InvalidDefinitionException(RegistryMessages.symbolicLink(file), e);
      }
      throw new InvalidDefinitionException(RegistryMessages.io("read", file, e), e);
    }
  }

  /**
   * The regular files below a directory, by their location relative to it.
   *
   * @return locations with forward slashes, sorted, mapped to paths; entries that are neither
   *     files nor directories map to {@code null}
   * @throws InvalidDefinitionException if a link is found
   */
  SortedMap<String, @Nullable Path> filesBelow(Path directory) {
    SortedMap<String, @Nullable Path> files = new TreeMap<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isSymbolicLink()) {
            throw new InvalidDefinitionException(RegistryMessages.symbolicLink(file));
          }
          String location = directory.relativize(file).toString()
              .replace(file.getFileSystem().getSeparator(), "/");
          files.put(location, attributes.isRegularFile() ? file : null);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }
      });
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("read", directory, e), e);
    }
    return files;
  }

  /** Writes a new file and forces its bytes to disk before returning. */
  static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /**
   * Renames in one step, so that readers see the old state or the new one, never a mix. Within
   * one directory a rename never crosses file systems, so it is always atomic; onto an existing
   * file it replaces it, onto a non-empty directory it fails.
   */
  static void moveAtomically(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Forces a directory's entries to disk, so that a rename survives a power cut. Best effort:
   * some platforms (Windows) cannot open a directory, and there the file system's own ordering is
   * all there is.
   */
  static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // see above: durability of the directory entry is then up to the file system
    }
  }

  /** Forces every directory of a tree we wrote to disk, deepest first. */
  static void forceTree(Path top) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult postVisitDirectory(Path directory, @Nullable IOException e) {
        forceDirectory(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Deletes a file or a tree without following links, tolerating another process deleting it at
   * the same time. Best effort: whatever is left is a leftover that {@link #removeOldLeftovers}
   * deletes later, and readers never look at it.
   */
  static void deleteQuietly(Path path) {
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, @Nullable IOException e) throws IOException {
          Files.deleteIfExists(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // see above: a leftover, cleaned up later
    }
  }

  /**
   * Deletes the work in progress in a directory that is older than {@link #LEFTOVER_AGE}: what a
   * process that died mid-write left behind. Fresh entries belong to a live writer and stay.
   */
  void removeOldLeftovers(Path directory) {
    Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
    for (String name : list(directory)) {
      if (!RegistryLayout.isLeftover(name)) {
        continue;
      }
      Path leftover = directory.resolve(name);
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(leftover, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
          deleteQuietly(leftover);
        }
      } catch (IOException e) {
        // gone already, or unreadable: either way not ours to worry about now
      }
    }
  }
}
