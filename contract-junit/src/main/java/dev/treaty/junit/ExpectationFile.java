package dev.treaty.junit;

import dev.treaty.model.InvalidDefinitionException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes an expectation document so that a reader (a concurrent build, {@code contract:publish})
 * sees the old bytes or the new ones, never a half-written file: the bytes go to a temporary file
 * in the same directory, which is then moved over the target. An unchanged document is not
 * rewritten, so its timestamp says when the expectation last changed.
 */
final class ExpectationFile {

  private ExpectationFile() {}

  /**
   * Writes the document.
   *
   * @return whether the file changed
   */
  static boolean write(Path file, byte[] bytes) {
    try {
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return false;
      }
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
      try {
        Files.write(temporary, bytes);
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
      return true;
    } catch (IOException e) {
      throw new InvalidDefinitionException(JunitMessages.cannotWrite(file, String.valueOf(e.getMessage())), e);
    }
  }
}
