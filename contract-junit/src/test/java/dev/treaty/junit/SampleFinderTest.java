package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFinderTest {

  @TempDir
  Path temp;

  @Test
  void globsMatchWithinADirectoryAndAcrossDirectoriesWithDoubleStars() throws IOException {
    write("samples/a.json", "{}");
    write("samples/orders/b.json", "{}");
    write("samples/orders/deep/c.json", "{}");
    write("samples/orders/notes.txt", "x");
    assertThat(names("file:samples/*.json")).containsExactly("samples/a.json");
    assertThat(names("file:samples/**/*.json"))
        .containsExactly("samples/a.json", "samples/orders/b.json", "samples/orders/deep/c.json");
    assertThat(names("file:samples/orders/*")).containsExactly("samples/orders/b.json", "samples/orders/notes.txt");
    assertThat(names("file:samples/orders/{b,c}.json", "file:samples/a.json"))
        .containsExactly("samples/a.json", "samples/orders/b.json");
    assertThat(names("file:samples/?.json")).containsExactly("samples/a.json");
    assertThat(names("file:missing/*.json")).isEmpty();
  }

  @Test
  void findsSamplesInJarsOnTheClassPathAndReadsTheirText() throws IOException {
    Path jar = temp.resolve("samples.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "samples/");
      entry(out, "samples/jarred/");
      entry(out, "samples/jarred/one.json", "{\"id\": \"ü\"}");
      entry(out, "samples/jarred/two.json", "{\"id\": 2}");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      List<SamplePayload> samples = SampleFinder.find(new String[] {"samples/jarred/*.json"}, loader, temp);
      assertThat(samples).containsExactly(
          new SamplePayload("samples/jarred/one.json", "{\"id\": \"ü\"}"),
          new SamplePayload("samples/jarred/two.json", "{\"id\": 2}"));
      assertThat(SampleFinder.find(new String[] {"classpath:/samples/**/two.json"}, loader, temp))
          .extracting(SamplePayload::name).containsExactly("samples/jarred/two.json");
    }
  }

  @Test
  void findsSamplesInClassPathDirectories() {
    assertThat(SampleFinder.find(new String[] {"samples/order-placed/*.json"}, getClass().getClassLoader(), temp))
        .extracting(SamplePayload::name)
        .containsExactly("samples/order-placed/gift.json", "samples/order-placed/plain.json");
  }

  private List<String> names(String... patterns) {
    return SampleFinder.find(patterns, getClass().getClassLoader(), temp).stream().map(SamplePayload::name).toList();
  }

  private void write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void entry(JarOutputStream out, String name) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.closeEntry();
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream stream = out;
    stream.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
