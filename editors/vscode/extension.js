// Starts `java -jar reportlint-cli-<version>-all.jar lsp` and connects VS Code to it over standard input and output.
// Everything else (diagnostics, quick fixes, hovers, configuration reloads) is the server's.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function findJar() {
  const configured = vscode.workspace.getConfiguration('reportlint').get('jarPath');
  if (configured) {
    return configured;
  }
  for (const folder of vscode.workspace.workspaceFolders || []) {
    const target = path.join(folder.uri.fsPath, 'linter-cli', 'target');
    if (fs.existsSync(target)) {
      const jar = fs.readdirSync(target).find((name) => /^reportlint-cli-.*-all\.jar$/.test(name));
      if (jar) {
        return path.join(target, jar);
      }
    }
  }
  return undefined;
}

async function activate(context) {
  const jar = findJar();
  if (!jar) {
    vscode.window.showErrorMessage(
      'reportlint: set "reportlint.jarPath" to reportlint-cli-<version>-all.jar (build it with ./reportlint --version).');
    return;
  }
  const java = vscode.workspace.getConfiguration('reportlint').get('javaPath') || 'java';
  const serverOptions = { command: java, args: ['-jar', jar, 'lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'html' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'html' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' }
    ],
    // The server asks for these with workspace/configuration; VS Code tells it when they change.
    synchronize: { configurationSection: 'reportlint' }
  };
  client = new LanguageClient('reportlint', 'reportlint', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('reportlint.jarPath') || event.affectsConfiguration('reportlint.javaPath')) {
      vscode.window.showInformationMessage('reportlint: reload the window to start the server with the new path.');
    }
  }));
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
