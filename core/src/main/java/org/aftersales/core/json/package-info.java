/**
 * JSON for every public value (C10) and the reader every loader uses (C9):
 * {@link org.aftersales.core.json.AftersalesModule}, the Jackson 3 module;
 * {@link org.aftersales.core.json.AftersalesJson}, the hardened mapper and the reader that
 * reports bad documents as one validation failure, worded by the library with paths, line and
 * column, at most a set number of problems; and {@link org.aftersales.core.json.JsonSource}, a
 * document in a string, a file, a reader or a stream.
 *
 * <p>Depends on {@code error}, {@code i18n}, {@code id} and {@code value}; its messages are in
 * the bundles {@code org.aftersales.core.json.messages}. Must not depend on storage, plugins or
 * any domain package that reads documents (they depend on it).
 */
package org.aftersales.core.json;
