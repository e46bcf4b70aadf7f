package dev.treaty.junit;

import dev.treaty.model.InvalidDefinitionException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds sample payloads by glob: on the class path (directories and jars), or with {@code file:}
 * on the file system relative to the working directory. {@code *} and {@code ?} stay within a
 * directory, {@code **} crosses directories ({@code samples/**&#47;*.json} also matches
 * {@code samples/a.json}), <code>{a,b}</code> is either. Samples are returned sorted by name, each once.
 */
final class SampleFinder {

  private static final String FILE_PREFIX = "file:";
  private static final String CLASSPATH_PREFIX = "classpath:";

  private SampleFinder() {}

  static List<SamplePayload> find(String[] patterns, ClassLoader loader, Path workingDirectory) {
    Map<String, SamplePayload> found = new TreeMap<>();
    for (String pattern : patterns) {
      try {
        if (pattern.startsWith(FILE_PREFIX)) {
          String glob = pattern.substring(FILE_PREFIX.length());
          Base base = Base.of(glob);
          Path directory = workingDirectory.resolve(base.directory());
          if (Files.isDirectory(directory)) {
            collect(directory, base, found);
          }
        } else {
          String glob = pattern.startsWith(CLASSPATH_PREFIX) ? pattern.substring(CLASSPATH_PREFIX.length()) : pattern;
          Base base = Base.of(glob.startsWith("/") ? glob.substring(1) : glob);
          Enumeration<URL> roots = loader.getResources(base.directory());
          while (roots.hasMoreElements()) {
            fromClassPath(roots.nextElement(), base, found);
          }
        }
      } catch (IOException | URISyntaxException e) {
        throw new InvalidDefinitionException(JunitMessages.unreadableSamples(pattern, String.valueOf(e.getMessage())), e);
      }
    }
    return List.copyOf(found.values());
  }

  /** The directory part of a glob (no wildcards in it) and the pattern below it. */
  private record Base(String directory, Pattern rest) {
    static Base of(String glob) {
      int wildcard = firstWildcard(glob);
      int slash = glob.lastIndexOf('/', wildcard < 0 ? glob.length() : wildcard);
      String directory = slash < 0 ? "" : glob.substring(0, slash);
      return new Base(directory, Pattern.compile(regex(glob.substring(slash + 1))));
    }

    String name(String relative) {
      return directory.isEmpty() ? relative : directory + "/" + relative;
    }
  }

  private static void fromClassPath(URL root, Base base, Map<String, SamplePayload> found)
      throws IOException, URISyntaxException {
    URI uri = root.toURI();
    if (uri.getScheme().equals("jar")) {
      String inside = base.directory().isEmpty() ? "/" : "/" + base.directory();
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        collect(jar.getPath(inside), base, found);
      } catch (FileSystemAlreadyExistsException e) {
        // someone else has the jar open; use theirs and leave it open
        collect(FileSystems.getFileSystem(uri).getPath(inside), base, found);
      }
    } else {
      collect(Path.of(uri), base, found);
    }
  }

  private static void collect(Path directory, Base base, Map<String, SamplePayload> found) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      if (base.rest().matcher(relative).matches()) {
        String name = base.name(relative);
        if (!found.containsKey(name)) { // the first on the class path wins, as for any resource
          found.put(name, new SamplePayload(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if ("*?{".indexOf(glob.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Translates a glob to a regular expression over {@code /}-separated relative paths. */
  private static String regex(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    boolean inGroup = false;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
        continue;
      }
      if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
        continue;
      }
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '{' -> {
          regex.append("(?:");
          inGroup = true;
        }
        case '}' -> {
          regex.append(')');
          inGroup = false;
        }
        case ',' -> regex.append(inGroup ? "|" : ",");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return regex.toString();
  }
}
