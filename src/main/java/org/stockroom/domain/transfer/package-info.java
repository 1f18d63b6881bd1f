/** What an import file's columns and cells mean: the fields, their header names, how numbers are written. */
package org.stockroom.domain.transfer;
