/** The composition roots: the launcher, the window root and what they share; the only package that sees every layer. */
package org.stockroom.app;
