package org.reportlint.cli.lsp;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.reportlint.core.config.ConfigResolver;

/** The {@code workspace/*} notifications: a changed {@code .reportlint.json} or changed editor settings. */
final class Workspace implements WorkspaceService {
    private final Session session;

    Workspace(Session session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        session.settingsPushed(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Set<Path> configs = new HashSet<>();
        for (FileEvent event : params.getChanges()) {
            DocumentPath.fileOf(event.getUri())
                    .filter(path -> path.getFileName() != null
                            && path.getFileName().toString().equals(ConfigResolver.FILE_NAME))
                    .ifPresent(path -> configs.add(path.toAbsolutePath().normalize()));
        }
        // Any watched change may be a config the glob did not name (a --config file given in the settings).
        session.configurationChanged(configs);
    }
}
