package dev.treaty.internal.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import dev.treaty.internal.jsonschema.read.Draft;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What networknt does with a remote {@code $ref} when a payload is validated, proven against a
 * local HTTP server that counts requests (on the loopback address: the test itself stays
 * offline). networknt 2.0.8's default loader does not fetch, but fails with a bare
 * "FileNotFoundException"; with fetching switched on it does fetch; Treaty's registry blocks
 * every such URI with a clear message and fetches nothing.
 */
class OfflineSchemaRegistryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private String schema;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/money.json";
    schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"properties\": {\"amount\": {\"$ref\": \"" + remote + "\"}}}";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void defaultLoaderDoesNotFetchButFailsObscurely() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    assertThatThrownBy(() -> validate(registry)).hasMessageContaining("FileNotFoundException");
    assertThat(requests).hasValue(0);
  }

  @Test
  void fetchingWhenSwitchedOnReallyFetches() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources()));
    assertThat(validate(registry)).isFalse();
    assertThat(requests).hasValue(1);
  }

  @Test
  void treatysRegistryRefusesClearlyAndFetchesNothing() {
    SchemaRegistry registry = OfflineSchemaRegistry.create(Draft.DRAFT_2020_12);
    assertThatThrownBy(() -> validate(registry)).hasMessageContaining("is not allowed to be loaded");
    assertThat(requests).hasValue(0);
  }

  @Test
  void treatysRegistryStillLoadsEveryDraftsMetaSchema() throws IOException {
    SchemaRegistry registry = OfflineSchemaRegistry.create(Draft.DRAFT_2020_12);
    for (String draft : new String[] {"http://json-schema.org/draft-04/schema#",
        "http://json-schema.org/draft-06/schema#", "http://json-schema.org/draft-07/schema#",
        "https://json-schema.org/draft/2019-09/schema",
        "https://json-schema.org/draft/2020-12/schema"}) {
      Schema compiled = registry.getSchema("{\"$schema\": \"" + draft + "\", \"type\": \"string\"}");
      assertThat(compiled.validate(JSON.readTree("5"))).as(draft).hasSize(1);
    }
    assertThat(requests).hasValue(0);
  }

  @Test
  void localFilesAreBlockedToo() {
    SchemaRegistry registry = OfflineSchemaRegistry.create(Draft.DRAFT_2020_12);
    assertThatThrownBy(() -> registry.getSchema("{\"$ref\": \"file:///etc/hostname\"}")
        .validate(JSON.readTree("1"))).hasMessageContaining("is not allowed to be loaded");
  }

  private boolean validate(SchemaRegistry registry) throws IOException {
    return registry.getSchema(schema).validate(JSON.readTree("{\"amount\": 5}")).isEmpty();
  }
}
