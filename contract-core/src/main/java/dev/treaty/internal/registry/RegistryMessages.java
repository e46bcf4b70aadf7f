package dev.treaty.internal.registry;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Every message the directory registry shows a user, as fixed templates in one place. Values are
 * quoted with backticks; paths are absolute so they can be opened as printed.
 */
final class RegistryMessages {

  /** Longer values are cut in messages, so that a 10,000-character id cannot flood a build log. */
  private static final int MAX_SHOWN = 80;

  private RegistryMessages() {}

  // ---- names ---------------------------------------------------------------------------------

  static String invalidName(String kind, String value) {
    return kind + " `" + shown(value) + "` cannot be used in a registry: use 1 to "
        + RegistryNames.MAX_NAME_LENGTH + " letters, digits, `.`, `_` or `-`, starting with a letter"
        + " or digit and not ending with `.`.";
  }

  static String reservedName(String kind, String value) {
    return kind + " `" + shown(value) + "` cannot be used in a registry: it is a reserved device"
        + " name on Windows.";
  }

  static String invalidVersion(String value) {
    return "Version `" + shown(value) + "` cannot be used in a registry: expected a semantic version"
        + " of at most " + RegistryNames.MAX_VERSION_LENGTH + " characters, e.g. `2.1.0`.";
  }

  static String invalidLocation(String id, String version, String location, String reason) {
    return "Contract `" + id + "` version `" + version + "` has a file at `" + shown(location)
        + "`, which cannot be stored: " + reason + ".";
  }

  static final String LOCATION_EMPTY = "the location is empty";
  static final String LOCATION_TOO_LONG =
      "it is longer than " + RegistryNames.MAX_LOCATION_LENGTH + " characters";
  static final String LOCATION_ABSOLUTE =
      "it is absolute; a location is a relative path with forward slashes";
  static final String LOCATION_BACKSLASH =
      "it contains `\\`; a location is a relative path with forward slashes";
  static final String LOCATION_COLON = "it contains `:`, which Windows reads as a drive or stream";
  static final String LOCATION_CONTROL = "it contains a control character";
  static final String LOCATION_EMPTY_SEGMENT = "it has an empty segment (`//`, or `/` at the end)";
  static final String LOCATION_DOT_SEGMENT = "it has a `.` or `..` segment; a location must not leave"
      + " or re-enter its directory";
  static final String LOCATION_TRAILING_DOT =
      "a segment ends with `.` or a space, which Windows drops";

  static String locationReserved(String segment) {
    return "`" + segment + "` is a reserved device name on Windows";
  }

  static String locationNotAPath(String detail) {
    return "this file system cannot name it (" + detail + ")";
  }

  static String locationIsAlsoDirectory(String directory) {
    return "its directory `" + shown(directory) + "` is also one of the files, and a path cannot be"
        + " both";
  }

  static String locationsDifferInCase(String other) {
    return "it differs from `" + shown(other) + "` only in case, and the two would collide on"
        + " case-insensitive file systems";
  }

  // ---- publication -----------------------------------------------------------------------------

  static String immutable(String id, String version, Path root, String difference) {
    return "Contract `" + id + "` version `" + version + "` is already published in " + root
        + " with different content: " + difference + ". A published version is immutable: publish"
        + " the change as a new version (or remove the mistaken version first).";
  }

  static String differentContractFile(String published, String now) {
    return "the contract file is `" + now + "`, but the published version's is `" + published + "`";
  }

  static String fileDiffers(String location, int publishedSize, int nowSize) {
    return publishedSize == nowSize
        ? "file `" + location + "` differs (same size, " + nowSize + " bytes, different bytes)"
        : "file `" + location + "` differs (" + publishedSize + " bytes published, " + nowSize
            + " bytes now)";
  }

  static String fileNotPublished(String location) {
    return "file `" + location + "` is not in the published version";
  }

  static String fileNotInPublication(String location) {
    return "file `" + location + "` of the published version is missing from this publication";
  }

  static String publishFailed(String id, String version, Path path, IOException e) {
    return "Cannot publish contract `" + id + "` version `" + version + "`: writing " + path
        + " failed: " + reason(e) + ". Nothing was changed in the registry.";
  }

  static String publishExpectationFailed(String contract, String consumer, Path path, IOException e) {
    return "Cannot publish the expectation of consumer `" + consumer + "` on contract `" + contract
        + "`: writing " + path + " failed: " + reason(e)
        + ". The registry still holds the previous expectation, if there was one.";
  }

  static String contention(String id, String version, Path root, int attempts) {
    return "Cannot publish contract `" + id + "` version `" + version + "` in " + root
        + ": it was removed and published again concurrently " + attempts + " times in a row.";
  }

  // ---- the directory ---------------------------------------------------------------------------

  static String rootNotADirectory(Path root) {
    return "The registry directory " + root + " is not a directory.";
  }

  static String notADirectory(Path path) {
    return path + " in the registry should be a directory but is a file; move it away.";
  }

  static String symbolicLink(Path path) {
    return path + " is a symbolic link. The registry does not follow links inside its directory, so"
        + " that nothing outside it is read or written; replace the link with what it points to.";
  }

  static String unknownLayout(Path marker, String layout) {
    return "The registry directory " + marker.getParent() + " uses layout `" + shown(layout)
        + "` (see " + marker + "), which this version of Treaty does not know; it knows layout `"
        + RegistryMarker.CURRENT_LAYOUT + "`. Use a newer Treaty, or another directory.";
  }

  static String damagedMarker(Path marker) {
    return "The registry marker " + marker + " is damaged";
  }

  static final String MARKER_NOT_A_FILE = "it should be a file but is a directory or a special file";

  static final String MARKER_WITHOUT_LAYOUT = "it has no `layout` property";

  static String io(String action, Path path, IOException e) {
    return "Cannot " + action + " " + path + ": " + reason(e) + ".";
  }

  // ---- damaged entries -------------------------------------------------------------------------

  static String damagedEntry(Path entry) {
    return "The registry entry " + entry + " is damaged; restore it from a backup or remove it";
  }

  static final String ENTRY_NOT_A_DIRECTORY = "it should be a directory but is a file";
  static final String MANIFEST_MISSING =
      "its manifest is missing: the entry was not written by Treaty, or was changed by hand";
  static final String MANIFEST_NOT_AN_OBJECT = "the manifest must be a JSON object";

  static String manifestNotJson(String detail) {
    return "the manifest is not valid JSON: " + detail;
  }

  static String manifestField(String field, String expected) {
    return "manifest field `" + field + "` must be " + expected;
  }

  static String manifestLayout(String found) {
    return "the manifest has layout `" + shown(found) + "`, but this version of Treaty knows layout `"
        + RegistryMarker.CURRENT_LAYOUT + "`";
  }

  static String manifestNames(String field, String found, String expected) {
    return "the manifest names " + field + " `" + shown(found) + "`, but the entry is for `"
        + expected + "`";
  }

  static String manifestRepeats(String location) {
    return "the manifest lists `" + shown(location) + "` twice";
  }

  static String manifestLacksContractFile(String contractPath) {
    return "the contract file `" + shown(contractPath) + "` is not among the manifest's files";
  }

  static final String FILE_MISSING = "the file is listed in the manifest but missing";
  static final String FILE_UNLISTED = "the file is not listed in the manifest";
  static final String FILE_NOT_REGULAR = "it is neither a regular file nor a directory";

  static String fileSize(long expected, long found) {
    return "the file has " + found + " bytes, but the manifest says " + expected;
  }

  static final String FILE_CHECKSUM = "the file's bytes do not match the manifest's sha-256";

  static final String EXPECTATION_NOT_A_FILE = "it should be a file but is a directory";

  // ---- helpers for the templates ---------------------------------------------------------------

  /** The operating system's reason, without Java's exception class names or stack traces. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof AtomicMoveNotSupportedException) {
      return "the file system cannot move it atomically";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A value as it may safely appear in a message: control characters escaped, long values cut. */
  static String shown(String value) {
    StringBuilder text = new StringBuilder();
    int limit = Math.min(value.length(), MAX_SHOWN);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        text.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    if (value.length() > MAX_SHOWN) {
      text.append("… (").append(value.length()).append(" characters)");
    }
    return text.toString();
  }

  static String caseTwin(String what, String name, String existing, java.nio.file.Path directory) {
    return "The " + what + " " + name + " differs only in case from " + existing + ", already in "
        + directory + "; on case-insensitive file systems they would be one entry. Use the same spelling.";
  }
}
