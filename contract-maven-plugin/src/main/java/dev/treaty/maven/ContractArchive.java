package dev.treaty.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A build's contracts as a Maven artifact: a zip of a directory registry (the same layout as the
 * embedded default), so that the previous release's contracts can be resolved from any Maven
 * repository and read as a registry. Entries are written in sorted order with a fixed timestamp,
 * so the same contracts give the same bytes.
 */
final class ContractArchive {

  /** The classifier of the attached artifact. */
  static final String CLASSIFIER = "contracts";
  /** The type (extension) of the attached artifact. */
  static final String TYPE = "zip";

  private static final FileTime FIXED_TIME = FileTime.fromMillis(315532800000L); // 1980-01-01
  private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

  private ContractArchive() {}

  static void zip(Path directory, Path zip) throws MojoExecutionException {
    try (Stream<Path> walk = Files.walk(directory);
         OutputStream out = Files.newOutputStream(zip);
         ZipOutputStream zipOut = new ZipOutputStream(out)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(directory.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(FIXED_TIME);
        zipOut.putNextEntry(entry);
        Files.copy(file, zipOut);
        zipOut.closeEntry();
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + zip + ": " + e.getMessage(), e);
    }
  }

  /** Unzips into a fresh directory, refusing entries that would land outside it. */
  static void unzip(Path zip, Path directory) throws MojoExecutionException {
    Path root = directory.toAbsolutePath().normalize();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream zipIn = new ZipInputStream(in)) {
      for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || entry.getName().contains("\\")) {
          throw new MojoExecutionException("The contracts archive " + zip + " has an entry outside its root: "
              + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        long copied = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target)) {
          for (int n = zipIn.read(buffer); n > 0; n = zipIn.read(buffer)) {
            copied += n;
            if (copied > MAX_ENTRY_BYTES) {
              throw new MojoExecutionException("The contracts archive " + zip + " has an entry larger than "
                  + MAX_ENTRY_BYTES / (1024 * 1024) + " MB: " + entry.getName());
            }
            out.write(buffer, 0, n);
          }
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the contracts archive " + zip + ": " + e.getMessage(), e);
    }
  }
}
