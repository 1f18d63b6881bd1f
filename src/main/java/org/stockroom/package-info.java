/** Stockroom, a desktop warehouse stock application: see the sub-packages, layer first and feature second. */
package org.stockroom;
