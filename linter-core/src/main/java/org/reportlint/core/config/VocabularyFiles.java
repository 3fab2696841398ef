package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.vocabulary.VocabularyList;

/**
 * Reads {@code "vocabularies": [{"accept": "styles/accept.txt", "reject": "styles/reject.txt"}, ...]}: each item
 * names an accept list, a reject list or both, by paths relative to the config. The files are read by
 * {@link VocabularyLoader} once the config's place is known.
 */
final class VocabularyFiles {
    private static final List<String> KEYS = List.of("accept", "reject");

    private VocabularyFiles() {
    }

    static List<ConfigFile.VocabularyFile> parse(String file, JsonNodeAt node) throws ConfigException {
        if (!(node instanceof JsonNodeAt.ArrayNode array)) {
            throw new ConfigException(file, node.line(), node.column(), "\"vocabularies\" must be an array of "
                    + "{\"accept\": FILE, \"reject\": FILE} objects, not " + node.typeName());
        }
        List<ConfigFile.VocabularyFile> files = new ArrayList<>();
        for (JsonNodeAt item : array.items()) {
            if (!(item instanceof JsonNodeAt.ObjectNode object)) {
                throw new ConfigException(file, item.line(), item.column(), "a vocabulary must be an object such as "
                        + "{\"accept\": \"styles/accept.txt\", \"reject\": \"styles/reject.txt\"}, not "
                        + item.typeName());
            }
            if (object.members().isEmpty()) {
                throw new ConfigException(file, object.line(), object.column(),
                        "a vocabulary needs \"accept\" or \"reject\" (or both): the path of a word list file");
            }
            for (JsonNodeAt.Member member : object.members().values()) {
                if (!KEYS.contains(member.key())) {
                    throw new ConfigException(file, member.line(), member.column(), "unknown key \"" + member.key()
                            + "\" in a vocabulary: use accept or reject" + Nearest.hint(member.key(), KEYS));
                }
                if (!(member.value() instanceof JsonNodeAt.StringNode path) || path.value().isBlank()) {
                    JsonNodeAt value = member.value();
                    throw new ConfigException(file, value.line(), value.column(), "\"" + member.key()
                            + "\" must be the path of a word list file, relative to this config, not "
                            + (value instanceof JsonNodeAt.StringNode ? "an empty string" : value.typeName()));
                }
                files.add(new ConfigFile.VocabularyFile(member.key().equals("accept") ? VocabularyList.Kind.ACCEPT
                        : VocabularyList.Kind.REJECT, path.value(), path.line(), path.column()));
            }
        }
        return files;
    }
}
