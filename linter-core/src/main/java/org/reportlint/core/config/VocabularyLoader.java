package org.reportlint.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.core.vocabulary.Vocabulary;
import org.reportlint.core.vocabulary.VocabularyList;

/**
 * Reads the word lists a config names, relative to where the config came from (a folder, a jar, a URL, a class
 * path), each file once however many configs name it. Safe to share between threads.
 */
final class VocabularyLoader {
    private final Path displayBase;
    private final Map<Key, VocabularyList> read = new ConcurrentHashMap<>();

    /** One list file read as one kind. */
    private record Key(ConfigSource source, VocabularyList.Kind kind) {
    }

    VocabularyLoader(Path displayBase) {
        this.displayBase = displayBase;
    }

    /**
     * The lists {@code files} name in the config read from {@code config} (shown as {@code shown}).
     *
     * @throws ConfigException at the reference for a list that is missing or unreadable, at the entry's own line in
     *     the list file for an entry that cannot be used
     */
    Vocabulary load(ConfigSource config, String shown, List<ConfigFile.VocabularyFile> files) throws ConfigException {
        List<VocabularyList> lists = new ArrayList<>();
        for (ConfigFile.VocabularyFile file : files) {
            lists.add(list(config.resolve(file.reference()), shown, file));
        }
        return Vocabulary.of(lists);
    }

    private VocabularyList list(ConfigSource source, String shown, ConfigFile.VocabularyFile file)
            throws ConfigException {
        Key key = new Key(source, file.kind());
        VocabularyList cached = read.get(key);
        if (cached != null) {
            return cached;
        }
        String listShown = source.shown(displayBase);
        String text;
        try {
            text = source.read();
        } catch (NoSuchFileException missing) {
            throw at(shown, file, "no such file (" + listShown + ")");
        } catch (CharacterCodingException notText) {
            throw at(shown, file, "not valid UTF-8 text (" + listShown + "); save the list in UTF-8");
        } catch (IOException | UncheckedIOException failure) {
            throw at(shown, file, "cannot read " + listShown + ": " + failure.getMessage());
        }
        VocabularyList list = VocabularyListParser.parse(file.kind(), listShown, text);
        VocabularyList raced = read.putIfAbsent(key, list);
        return raced == null ? list : raced;
    }

    private static ConfigException at(String shown, ConfigFile.VocabularyFile file, String reason) {
        return new ConfigException(shown, file.line(), file.column(), "\"" + file.kind().key() + "\": \""
                + file.reference() + "\": " + reason);
    }
}
