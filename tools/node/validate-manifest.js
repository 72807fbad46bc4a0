#!/usr/bin/env node
// Validates a Teams app manifest and the localization files it names against the official JSON schemas that
// @microsoft/app-manifest bundles, offline.
//   node validate-manifest.js path/to/manifest.json
// Prints one problem a line on stdout. Exit 0: valid. Exit 1: invalid. Exit 2: could not validate at all
// (bad arguments, unreadable file, dependencies not installed).
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
  console.error(message);
  process.exit(2);
}

let AppManifestUtils, packageRoot;
try {
  ({ AppManifestUtils } = require('@microsoft/app-manifest'));
  packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
} catch (e) {
  fail(`@microsoft/app-manifest is not installed: run "npm ci" in ${__dirname} (${e.message})`);
}

// The package falls back to downloading a schema it does not bundle; refuse instead, so validation never
// depends on the network and a typo in $schema is reported, not fetched.
function bundledSchemaFile(schemaUrl) {
  const m = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/[^?#]+)$/i.exec(schemaUrl || '');
  if (!m) return null;
  const file = path.join(packageRoot, 'build', m[1]);
  return fs.existsSync(file) ? file : null;
}

function isLocalization(schemaUrl) {
  return /MicrosoftTeams\.Localization\.schema\.json$/i.test(schemaUrl);
}

// The official localization schemas hold a pattern ("\b]") that is invalid in a Unicode regular expression, and
// the package compiles every pattern with the u flag, so it throws on them. Compile them the same way (draft-04,
// formats, all errors) with non-Unicode patterns, the dialect the schema was written for.
function validateLocalization(json, schema) {
  const fromPackage = { paths: [packageRoot] };
  const Ajv = require(require.resolve('ajv-draft-04', fromPackage));
  const addFormats = require(require.resolve('ajv-formats', fromPackage));
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(json)) return [];
  return validate.errors.map(e => `${e.instancePath} ${e.message || ''}. Details: ${JSON.stringify(e.params)}`);
}

function readJson(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return { parseError: e.message };
  }
}

async function validateFile(file, label) {
  const json = readJson(file);
  if (json.parseError) return { json: null, problems: [`${label}: not valid JSON: ${json.parseError}`] };
  if (!bundledSchemaFile(json.$schema)) {
    return { json: null, problems: [`${label}: $schema ${JSON.stringify(json.$schema)} is not an official Teams schema address bundled with @microsoft/app-manifest`] };
  }
  const errors = isLocalization(json.$schema)
    ? validateLocalization(json, readJson(bundledSchemaFile(json.$schema)))
    : await AppManifestUtils.validateAgainstSchema(json);
  const problems = errors.map(e => `${label}: ${e.trim()}`);
  // A placeholder left in a string that the schema does not constrain (validDomains, URLs' host) would ship.
  const leftover = JSON.stringify(json).match(/\{\{[A-Z_]+\}\}/g);
  if (leftover) problems.push(`${label}: unfilled placeholder(s) ${[...new Set(leftover)].join(', ')}`);
  return { json, problems };
}

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath || process.argv.length > 3) fail('usage: node validate-manifest.js <manifest.json>');
  const dir = path.dirname(path.resolve(manifestPath));

  const { json: manifest, problems } = await validateFile(manifestPath, 'manifest.json');
  if (!manifest) return problems;

  // Teams reads these files from the package root; a missing one makes the upload fail.
  const info = manifest.localizationInfo || {};
  const languageFiles = [info.defaultLanguageFile, ...(info.additionalLanguages || []).map(l => l.file)].filter(Boolean);
  for (const name of languageFiles) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) { problems.push(`${name}: localization file is missing`); continue; }
    problems.push(...(await validateFile(file, name)).problems);
  }
  for (const [kind, name] of Object.entries(manifest.icons || {})) {
    if (!fs.existsSync(path.join(dir, name))) problems.push(`icons.${kind}: ${name} is missing`);
  }
  // The schema accepts any string here, but Teams wants bare host names.
  (manifest.validDomains || []).forEach((d, i) => {
    if (!/^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?$/.test(d)) {
      problems.push(`validDomains[${i}]: ${JSON.stringify(d)} is not a host name (no scheme, path or placeholder)`);
    }
  });
  return problems;
}

main().then(problems => {
  for (const p of problems) console.log(p);
  if (problems.length) process.exit(1);
  console.log('valid');
}, e => fail(`validation failed to run: ${e.stack || e}`));
