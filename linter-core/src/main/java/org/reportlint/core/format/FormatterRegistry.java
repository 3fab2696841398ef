package org.reportlint.core.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/** The report formats available to a run, found with {@link ServiceLoader}, by id in alphabetical order. */
public final class FormatterRegistry {
    // No '=' or ',' in an id: "-f ID=FILE" and the plugin's comma-separated list must still parse.
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, FormatterProvider> providers;

    private FormatterRegistry(Map<String, FormatterProvider> providers) {
        this.providers = providers;
    }

    /** Every format registered on the class path of {@code loader}; two with one id are a packaging error. */
    public static FormatterRegistry load(ClassLoader loader) {
        List<FormatterProvider> found = new ArrayList<>();
        ServiceLoader.load(FormatterProvider.class, loader).forEach(found::add);
        return of(found);
    }

    /**
     * The registry of exactly these providers.
     *
     * @throws IllegalStateException for an id that is not lower-case kebab-case, or one that two providers share
     */
    public static FormatterRegistry of(Collection<? extends FormatterProvider> providers) {
        List<FormatterProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(FormatterProvider::id));
        Map<String, FormatterProvider> byId = new LinkedHashMap<>();
        for (FormatterProvider provider : sorted) {
            String id = provider.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException("format id must be lower-case kebab-case: \"" + id + "\" of "
                        + provider.getClass().getName());
            }
            FormatterProvider other = byId.putIfAbsent(id, provider);
            if (other != null) {
                throw new IllegalStateException("two formats have the id \"" + id + "\": "
                        + other.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new FormatterRegistry(byId);
    }

    /** The providers by id. */
    public List<FormatterProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** The ids of every format, sorted, for help texts and messages that list them. */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** The format with this id, ignoring case. */
    public Optional<FormatterProvider> find(String id) {
        return Optional.ofNullable(providers.get(id.trim().toLowerCase(Locale.ROOT)));
    }
}
