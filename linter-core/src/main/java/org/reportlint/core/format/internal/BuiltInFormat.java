package org.reportlint.core.format.internal;

import java.util.function.Function;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatterProvider;

/** A format that ships with reportlint, registered through ServiceLoader like any other. */
abstract class BuiltInFormat implements FormatterProvider {
    private final String id;
    private final String description;
    private final String fileExtension;
    private final Function<FormatContext, Formatter> factory;

    BuiltInFormat(String id, String description, String fileExtension, Function<FormatContext, Formatter> factory) {
        this.id = id;
        this.description = description;
        this.fileExtension = fileExtension;
        this.factory = factory;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }

    @Override
    public final Formatter create(FormatContext context) {
        return factory.apply(context);
    }
}
