package dev.treaty.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Gives the Protobuf format a protoc to compile {@code .proto} files with: the
 * {@code com.google.protobuf:protoc} executable for this platform, resolved from the Maven
 * repository like any artifact (so mirrors and offline mode apply), in the release that matches
 * the plugin's protobuf-java. A protoc the user names with {@code -Dtreaty.protoc=...} or
 * {@code TREATY_PROTOC} wins.
 */
final class ProtocProvider {

  static final String PROPERTY = "treaty.protoc";

  private ProtocProvider() {}

  static void provide(RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> repositories, Path workDirectory, Log log) throws MojoExecutionException {
    if (System.getProperty(PROPERTY) != null || System.getenv("TREATY_PROTOC") != null) {
      return;
    }
    String coordinates = "com.google.protobuf:protoc:exe:" + classifier() + ":" + protobufVersion();
    Path artifact;
    try {
      artifact = system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates),
          repositories, null)).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("The contracts bind .proto files, which need protoc, and " + coordinates
          + " cannot be resolved: " + e.getMessage() + " Give a protoc with -D" + PROPERTY
          + "=/path/to/protoc, or bind a descriptor set (.binpb) instead.", e);
    }
    // Repository files are not executable; run a private copy instead of changing the repository.
    Path executable = workDirectory.resolve("treaty-protoc").resolve(artifact.getFileName().toString());
    try {
      Files.createDirectories(executable.getParent());
      if (!Files.exists(executable) || Files.size(executable) != Files.size(artifact)) {
        Path temporary = Files.createTempFile(executable.getParent(), ".protoc-", ".tmp");
        Files.copy(artifact, temporary, StandardCopyOption.REPLACE_EXISTING);
        if (!temporary.toFile().setExecutable(true)) {
          throw new IOException("cannot make " + temporary + " executable");
        }
        Files.move(temporary, executable, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot prepare protoc in " + executable.getParent() + ": "
          + e.getMessage(), e);
    }
    System.setProperty(PROPERTY, executable.toString());
    log.debug("protoc: " + executable);
  }

  /** The protoc classifier of this platform, as published on Maven Central. */
  static String classifier() throws MojoExecutionException {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.contains("linux") ? "linux" : os.contains("mac") ? "osx"
        : os.contains("windows") ? "windows" : null;
    String cpu = switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch_64";
      case "ppc64le" -> "ppcle_64";
      case "s390x" -> "s390_64";
      default -> null;
    };
    if (system == null || cpu == null) {
      throw new MojoExecutionException("No protoc is published for " + os + "/" + arch + "; give one with -D"
          + PROPERTY + "=/path/to/protoc.");
    }
    return system + "-" + cpu;
  }

  private static String protobufVersion() throws MojoExecutionException {
    try (InputStream in = ProtocProvider.class.getResourceAsStream("plugin-versions.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("protobuf.version");
      if (version == null || version.startsWith("$")) {
        throw new MojoExecutionException("The plugin does not know its protobuf version (a packaging fault).");
      }
      return version;
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the plugin's versions: " + e.getMessage(), e);
    }
  }

  /** Whether any of these files is, or any contract among them binds, a {@code .proto} file. */
  static boolean needed(List<Path> files) throws MojoExecutionException {
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".proto")) {
        return true;
      }
      if (name.endsWith(".odcs.yaml")) {
        try {
          if (Files.readString(file).contains(".proto")) {
            return true;
          }
        } catch (IOException e) {
          throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return false;
  }
}
