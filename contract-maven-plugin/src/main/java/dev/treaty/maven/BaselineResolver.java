package dev.treaty.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds the baseline contracts in the Maven repository the way API-compatibility plugins find
 * their baseline: the latest release of the project below its current version (or a version
 * given explicitly), with the {@code contracts} classifier, through Maven's own resolver — so
 * mirrors, authentication and offline mode apply.
 */
final class BaselineResolver {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  BaselineResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  /**
   * Resolves the baseline archive and unpacks it as a registry directory.
   *
   * @param spec {@code previous} or {@code groupId:artifactId:version}
   * @param groupId the project's group
   * @param artifactId the project's artifact
   * @param currentVersion the project's version
   * @param into where to unpack
   * @return the unpacked registry directory, or empty when there is no earlier release
   */
  Optional<Path> resolve(String spec, String groupId, String artifactId, String currentVersion, Path into)
      throws MojoExecutionException {
    String coordinates;
    if (spec.equals("previous")) {
      Optional<String> previous = previousRelease(groupId, artifactId, currentVersion);
      if (previous.isEmpty()) {
        return Optional.empty();
      }
      coordinates = groupId + ":" + artifactId + ":" + ContractArchive.TYPE + ":" + ContractArchive.CLASSIFIER
          + ":" + previous.get();
    } else {
      String[] parts = spec.split(":");
      if (parts.length != 3) {
        throw new MojoExecutionException("contract.baseline must be \"previous\" or groupId:artifactId:version, was \""
            + spec + "\".");
      }
      coordinates = parts[0] + ":" + parts[1] + ":" + ContractArchive.TYPE + ":" + ContractArchive.CLASSIFIER
          + ":" + parts[2];
    }
    File archive;
    try {
      archive = system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates),
          repositories, null)).getArtifact().getFile();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("Cannot resolve the baseline contracts " + coordinates + ": "
          + e.getMessage(), e);
    }
    try {
      Files.createDirectories(into);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("Cannot create " + into + ": " + e.getMessage(), e);
    }
    ContractArchive.unzip(archive.toPath(), into);
    return Optional.of(into);
  }

  private Optional<String> previousRelease(String groupId, String artifactId, String currentVersion)
      throws MojoExecutionException {
    String range = groupId + ":" + artifactId + ":" + ContractArchive.TYPE + ":" + ContractArchive.CLASSIFIER
        + ":[0," + currentVersion + ")";
    try {
      VersionRangeResult result = system.resolveVersionRange(session,
          new VersionRangeRequest(new DefaultArtifact(range), repositories, null));
      List<Version> versions = result.getVersions();
      for (int i = versions.size() - 1; i >= 0; i--) {
        String version = versions.get(i).toString();
        if (!version.endsWith("-SNAPSHOT")) {
          return Optional.of(version);
        }
      }
      return Optional.empty();
    } catch (VersionRangeResolutionException e) {
      throw new MojoExecutionException("Cannot list earlier releases of " + groupId + ":" + artifactId + ": "
          + e.getMessage(), e);
    }
  }
}
