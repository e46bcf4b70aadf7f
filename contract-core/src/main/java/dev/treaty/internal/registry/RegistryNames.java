package dev.treaty.internal.registry;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.SourceFile;
import dev.treaty.model.Version;
import java.math.BigInteger;
import java.nio.file.FileSystem;
import java.nio.file.InvalidPathException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names the registry turns into paths: contract ids, consumer names, versions and the
 * locations of a contract's files. Everything that becomes part of a path is checked here first,
 * so that no name can point outside the registry directory; the rules are also portable, so a
 * registry written on Linux checks out cleanly on Windows and macOS.
 */
final class RegistryNames {

  static final int MAX_NAME_LENGTH = 128;
  static final int MAX_VERSION_LENGTH = 128;
  static final int MAX_LOCATION_LENGTH = 1024;

  static final String CONTRACT_ID = "Contract id";
  static final String CONSUMER = "Consumer name";

  /**
   * Letters, digits, {@code .}, {@code _} and {@code -}: no separators, no {@code ..} on its own,
   * never starting with {@code .} (which the registry keeps for its own staging entries).
   */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** Windows opens a device for these names, with or without an extension. */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

  private RegistryNames() {}

  /**
   * Checks a contract id or consumer name.
   *
   * @return the name, unchanged
   * @throws InvalidDefinitionException if it is not allowed
   */
  static String requireName(String kind, String name) {
    if (!isName(name)) {
      throw new InvalidDefinitionException(WINDOWS_DEVICE.matcher(name).matches()
          ? RegistryMessages.reservedName(kind, name)
          : RegistryMessages.invalidName(kind, name));
    }
    return name;
  }

  /** Whether a directory or file name is a contract id or consumer name the registry writes. */
  static boolean isName(String name) {
    return name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches() && !name.endsWith(".")
        && !WINDOWS_DEVICE.matcher(name).matches();
  }

  /**
   * Checks a version and gives the name of its directory: the canonical form, so that {@code 1.0},
   * {@code v1.0.0} and {@code 1.0.0+build.7} — one version by SemVer precedence — share one
   * directory and one immutable entry.
   *
   * @return {@code major.minor.patch[-prerelease]}, numeric pre-release identifiers without
   *     leading zeros
   * @throws InvalidDefinitionException if it is not a semantic version
   */
  static String requireVersion(String text) {
    if (!isVersion(text)) {
      throw new InvalidDefinitionException(RegistryMessages.invalidVersion(text));
    }
    return canonical(Version.parse(text));
  }

  /** Whether a directory name is a version directory the registry writes. */
  static boolean isVersionDirectory(String name) {
    return isVersion(name) && canonical(Version.parse(name)).equals(name);
  }

  /**
   * Whether a text is a version the registry accepts. {@link Version#parse} forgives surrounding
   * blanks, control characters included; the registry does not, so that what it stores in a
   * manifest is exactly a version.
   */
  private static boolean isVersion(String text) {
    return text.length() <= MAX_VERSION_LENGTH && text.chars().noneMatch(c -> c <= ' ' || c == 0x7f)
        && Version.isValid(text);
  }

  private static String canonical(Version version) {
    StringBuilder name = new StringBuilder()
        .append(version.major()).append('.').append(version.minor()).append('.').append(version.patch());
    if (version.isPreRelease()) {
      name.append('-');
      String[] identifiers = version.preRelease().split("\\.");
      for (int i = 0; i < identifiers.length; i++) {
        if (i > 0) {
          name.append('.');
        }
        String identifier = identifiers[i];
        // Version compares numeric identifiers as numbers, so `rc.01` and `rc.1` are one version.
        name.append(identifier.chars().allMatch(Character::isDigit)
            ? new BigInteger(identifier).toString()
            : identifier);
      }
    }
    return name.toString();
  }

  /**
   * Checks the locations of a contract's files: each a relative path that stays below its
   * directory, and together a tree that any common file system can hold.
   *
   * @throws InvalidDefinitionException naming the first location that is not allowed
   */
  static void requireLocations(String id, String version, List<SourceFile> files, FileSystem fileSystem) {
    Map<String, String> byFoldedLocation = new HashMap<>();
    for (SourceFile file : files) {
      String location = file.location();
      String problem = locationProblem(location, fileSystem);
      // Case-folded, because on macOS and Windows `A.json` and `a.json` are one file.
      String folded = location.toLowerCase(Locale.ROOT);
      if (problem == null && byFoldedLocation.containsKey(folded)) {
        problem = RegistryMessages.locationsDifferInCase(byFoldedLocation.get(folded));
      }
      if (problem != null) {
        throw new InvalidDefinitionException(
            RegistryMessages.invalidLocation(id, version, location, problem));
      }
      byFoldedLocation.put(folded, location);
    }
    for (SourceFile file : files) {
      String location = file.location();
      String folded = location.toLowerCase(Locale.ROOT);
      for (int slash = folded.indexOf('/'); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
        String directory = byFoldedLocation.get(folded.substring(0, slash));
        if (directory != null) {
          throw new InvalidDefinitionException(RegistryMessages.invalidLocation(id, version,
              location, RegistryMessages.locationIsAlsoDirectory(directory)));
        }
      }
    }
  }

  /** Whether a location read back from a manifest is one the registry would have written. */
  static boolean isLocation(String location, FileSystem fileSystem) {
    return locationProblem(location, fileSystem) == null;
  }

  private static @Nullable String locationProblem(String location, FileSystem fileSystem) {
    if (location.isEmpty()) {
      return RegistryMessages.LOCATION_EMPTY;
    }
    if (location.length() > MAX_LOCATION_LENGTH) {
      return RegistryMessages.LOCATION_TOO_LONG;
    }
    for (int i = 0; i < location.length(); i++) {
      char c = location.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return RegistryMessages.LOCATION_CONTROL;
      }
    }
    if (location.indexOf('\\') >= 0) {
      return RegistryMessages.LOCATION_BACKSLASH;
    }
    if (location.startsWith("/")) {
      return RegistryMessages.LOCATION_ABSOLUTE;
    }
    if (location.indexOf(':') >= 0) {
      return RegistryMessages.LOCATION_COLON;
    }
    for (String segment : location.split("/", -1)) {
      if (segment.isEmpty()) {
        return RegistryMessages.LOCATION_EMPTY_SEGMENT;
      }
      if (segment.equals(".") || segment.equals("..")) {
        return RegistryMessages.LOCATION_DOT_SEGMENT;
      }
      if (segment.endsWith(".") || segment.endsWith(" ")) {
        return RegistryMessages.LOCATION_TRAILING_DOT;
      }
      if (WINDOWS_DEVICE.matcher(segment).matches()) {
        return RegistryMessages.locationReserved(segment);
      }
      try {
        fileSystem.getPath(segment);
      } catch (InvalidPathException e) {
        return RegistryMessages.locationNotAPath(e.getReason());
      }
    }
    return null;
  }
}
