package org.reportlint.core.format.internal;

/** The {@code json} format: the versioned schema of {@link JsonFormatter}. */
public final class JsonFormatProvider extends BuiltInFormat {

    public JsonFormatProvider() {
        super("json", "One JSON object in reportlint's versioned schema, for tools",
                "json", context -> new JsonFormatter(context.toolVersion(), context.groups()));
    }
}
