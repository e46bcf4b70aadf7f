package dev.treaty.internal.jsonschema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.treaty.internal.jsonschema.read.Draft;
import java.util.Locale;
import java.util.Map;

/**
 * The one way Treaty builds a networknt {@link SchemaRegistry}: nothing is ever fetched. The
 * library's default loader already does not fetch remote schemas, but fails on them with a
 * bare {@code FileNotFoundException}; Treaty also blocks every URI that is not a bundled
 * resource (http, https, ftp, file, jar), so a schema cannot make validation touch the network
 * or read files outside what Treaty resolved, and the error says why. The bundled meta-schemas
 * of every draft still load.
 */
public final class OfflineSchemaRegistry {

  private static final Map<Draft, SpecificationVersion> VERSIONS = Map.of(
      Draft.DRAFT_4, SpecificationVersion.DRAFT_4,
      Draft.DRAFT_6, SpecificationVersion.DRAFT_6,
      Draft.DRAFT_7, SpecificationVersion.DRAFT_7,
      Draft.DRAFT_2019_09, SpecificationVersion.DRAFT_2019_09,
      Draft.DRAFT_2020_12, SpecificationVersion.DRAFT_2020_12);

  private OfflineSchemaRegistry() {}

  /**
   * A registry that reads schemas without {@code $schema} as the given draft and never fetches.
   *
   * @param draft the default draft
   * @return the registry
   */
  public static SchemaRegistry create(Draft draft) {
    return SchemaRegistry.withDefaultDialect(VERSIONS.get(draft), builder -> builder
        .schemaLoader(loader -> loader.fetchRemoteResources(false)
            .block(OfflineSchemaRegistry::outsideBundle)));
  }

  /** Whether a URI would be read from outside the validator's bundled resources. */
  static boolean outsideBundle(AbsoluteIri iri) {
    String text = iri.toString().toLowerCase(Locale.ROOT);
    return text.startsWith("http:") || text.startsWith("https:") || text.startsWith("ftp:")
        || text.startsWith("file:") || text.startsWith("jar:");
  }
}
