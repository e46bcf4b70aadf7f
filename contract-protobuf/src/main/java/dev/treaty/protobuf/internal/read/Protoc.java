package dev.treaty.protobuf.internal.read;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An external protoc that compiles {@code .proto} source into a descriptor set. protobuf-java
 * cannot parse {@code .proto} text, and a second parser would disagree with protoc sooner or
 * later; so Treaty runs the real compiler, found through the system property {@value #PROPERTY}
 * or the environment variable {@value #ENVIRONMENT}, never downloaded.
 *
 * <p>The root file, every file it imports that the resolver finds, and protobuf's well-known
 * files are written to a fresh temporary directory; protoc runs there with
 * {@code --include_imports --include_source_info}, under a time limit, and the directory is
 * deleted afterwards.
 */
public final class Protoc {

  /** The system property naming the protoc executable. */
  public static final String PROPERTY = "treaty.protoc";
  /** The environment variable naming the protoc executable, when the property is not set. */
  public static final String ENVIRONMENT = "TREATY_PROTOC";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int MAX_FILES = 2_000;
  private static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final int MAX_ERROR_BYTES = 1024 * 1024;
  private static final int MAX_PROBLEMS = 50;
  private static final Pattern ERROR = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");

  private final Path executable;
  private final Duration timeout;

  /**
   * A protoc at a known place.
   *
   * @param executable the protoc executable
   */
  public Protoc(Path executable) {
    this(executable, TIMEOUT);
  }

  Protoc(Path executable, Duration timeout) {
    this.executable = executable;
    this.timeout = timeout;
  }

  /**
   * The protoc the environment names, if any.
   *
   * @return the protoc from {@value #PROPERTY} or {@value #ENVIRONMENT}, or empty when neither
   *     is set
   */
  public static Optional<Protoc> fromEnvironment() {
    String path = System.getProperty(PROPERTY);
    if (path == null || path.isBlank()) {
      path = System.getenv(ENVIRONMENT);
    }
    return path == null || path.isBlank() ? Optional.empty()
        : Optional.of(new Protoc(Path.of(path.strip())));
  }

  /**
   * The executable this instance runs.
   *
   * @return its path
   */
  public Path executable() {
    return executable;
  }

  /**
   * Compiles a {@code .proto} file and the files it imports.
   *
   * @param root the file to compile
   * @param resolver where imported files are found
   * @return the built files; the root and the imports the resolver found are the own files
   * @throws InvalidInputException with protoc's file:line:column messages, if the source does not
   *     compile, or if protoc does not finish in time
   * @throws InvalidDefinitionException if protoc cannot be run
   */
  public ProtoFiles compile(SourceFile root, SchemaResolver resolver) {
    if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
      throw new InvalidDefinitionException("The protoc that " + PROPERTY + " or " + ENVIRONMENT
          + " names, " + executable + ", is not an executable file.");
    }
    Layout layout = Layout.of(root);
    Map<String, SourceFile> inputs = collect(root, layout, resolver);
    Path directory = null;
    try {
      directory = Files.createTempDirectory("treaty-protoc");
      Path sources = directory.resolve("src");
      Path wellKnown = directory.resolve("wkt");
      for (Map.Entry<String, SourceFile> input : inputs.entrySet()) {
        Path target = sources.resolve(input.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, input.getValue().bytes());
      }
      Files.createDirectories(wellKnown);
      WellKnownFiles.unpack(wellKnown);
      Path out = directory.resolve("out.binpb");
      Path errors = directory.resolve("errors.txt");
      run(List.of(executable.toString(), "--include_imports", "--include_source_info",
          "-I" + sources, "-I" + wellKnown, "--descriptor_set_out=" + out, layout.name),
          sources, errors, root, inputs);
      FileDescriptorSet set = DescriptorSetReader.parse(root.location(), Files.readAllBytes(out));
      Set<String> own = new HashSet<>();
      for (FileDescriptorProto file : set.getFileList()) {
        if (inputs.containsKey(file.getName())) {
          own.add(file.getName());
        }
      }
      Map<String, String> shown = new LinkedHashMap<>();
      inputs.forEach((name, source) -> shown.put(name, source.location()));
      return DescriptorSetReader.build(root.location(), set, own, List.copyOf(inputs.values()))
          .withDisplayNames(shown).withRootFile(layout.name);
    } catch (IOException e) {
      throw new InvalidDefinitionException("Cannot compile " + root.location()
          + " in a temporary directory: " + e.getMessage(), e);
    } finally {
      if (directory != null) {
        delete(directory);
      }
    }
  }

  private void run(List<String> command, Path sources, Path errors, SourceFile root,
      Map<String, SourceFile> inputs) throws IOException {
    Process process;
    try {
      // Run in the include root, so protoc names files by their import names in its messages.
      process = new ProcessBuilder(command)
          .directory(sources.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errors.toFile())
          .start();
    } catch (IOException e) {
      throw new InvalidDefinitionException("Cannot run protoc at " + executable + " (" + PROPERTY
          + "): " + e.getMessage(), e);
    }
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InvalidDefinitionException("Interrupted while protoc compiled "
          + root.location() + ".", e);
    }
    if (!finished) {
      process.destroyForcibly();
      throw new InvalidInputException(root.location() + " did not compile in time",
          List.of(new Problem(SourceLocation.of(root.location()), "protoc did not finish "
              + "compiling " + root.location() + " within " + timeout.toSeconds() + " seconds.")));
    }
    if (process.exitValue() != 0) {
      throw new InvalidInputException(root.location() + " does not compile",
          problems(readErrors(errors).replace(sources.toAbsolutePath() + "/", ""), root, inputs));
    }
  }

  private static String readErrors(Path errors) throws IOException {
    try (InputStream in = Files.newInputStream(errors)) {
      return new String(in.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8);
    }
  }

  /** protoc's messages, {@code file:line:column: text}, with file names as the user knows them. */
  private static List<Problem> problems(String output, SourceFile root,
      Map<String, SourceFile> inputs) {
    List<Problem> problems = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.isBlank() || line.startsWith("warning:") || problems.size() >= MAX_PROBLEMS) {
        continue;
      }
      Matcher matcher = ERROR.matcher(line);
      if (matcher.matches()) {
        SourceFile file = inputs.get(matcher.group(1));
        String name = file == null ? matcher.group(1) : file.location();
        problems.add(new Problem(new SourceLocation(name, Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)), null), sentence(matcher.group(4))));
      } else {
        String text = line;
        for (Map.Entry<String, SourceFile> input : inputs.entrySet()) {
          if (text.startsWith(input.getKey() + ": ")) {
            text = text.substring(input.getKey().length() + 2);
          }
        }
        problems.add(new Problem(SourceLocation.of(root.location()), sentence(text)));
      }
    }
    if (problems.isEmpty()) {
      problems.add(new Problem(SourceLocation.of(root.location()),
          "protoc failed without saying why."));
    }
    return problems;
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  /**
   * The root file and, transitively, every import the resolver finds below the include root, by
   * the name protoc knows them by. Imports the resolver lacks are left to protoc, which reports
   * them with their place; protobuf's well-known files come from protobuf-java.
   */
  private static Map<String, SourceFile> collect(SourceFile root, Layout layout,
      SchemaResolver resolver) {
    Map<String, SourceFile> files = new LinkedHashMap<>();
    files.put(layout.name, root);
    Deque<SourceFile> pending = new ArrayDeque<>(List.of(root));
    long bytes = root.size();
    while (!pending.isEmpty()) {
      SourceFile file = pending.poll();
      for (String name : new ProtoSourceText(file.text()).imports()) {
        if (files.containsKey(name)) {
          continue;
        }
        String location = SchemaResolver.normalize(layout.root.isEmpty() ? name
            : layout.root + "/" + name);
        Optional<SourceFile> found = location == null ? Optional.empty()
            : resolver.find(location);
        if (found.isEmpty()) {
          continue;
        }
        files.put(name, found.get());
        pending.add(found.get());
        bytes += found.get().size();
        if (files.size() > MAX_FILES || bytes > MAX_BYTES) {
          throw new InvalidInputException(root.location() + " imports too much",
              List.of(new Problem(SourceLocation.of(root.location()), root.location()
                  + " imports more than " + MAX_FILES + " files or " + (MAX_BYTES >> 20)
                  + " MiB; compile it to a descriptor set instead.")));
        }
      }
    }
    return files;
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A leftover temporary directory is harmless; failing the comparison for it would not be.
    }
  }

  /**
   * Where the include root is. protoc resolves imports against include roots, not against the
   * importing file, and a file's name in its descriptor is relative to the root. When the file's
   * directory ends with its package path ({@code protos/acme/orders/v1/orders.proto} in package
   * {@code acme.orders.v1}, the layout buf and most builds use), the root is above the package
   * directories; otherwise it is the file's own directory.
   */
  private record Layout(String root, String name) {

    static Layout of(SourceFile file) {
      String location = file.location();
      int slash = location.lastIndexOf('/');
      String directory = slash < 0 ? "" : location.substring(0, slash);
      String fileName = location.substring(slash + 1);
      String pkg = new ProtoSourceText(file.text()).packageName();
      if (pkg != null) {
        String packagePath = pkg.replace('.', '/');
        if (directory.equals(packagePath)) {
          return new Layout("", location);
        }
        if (directory.endsWith("/" + packagePath)) {
          return new Layout(directory.substring(0, directory.length() - packagePath.length() - 1),
              packagePath + "/" + fileName);
        }
      }
      return new Layout(directory, fileName);
    }
  }

  @Override
  public String toString() {
    return "protoc at " + executable;
  }
}
