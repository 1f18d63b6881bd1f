/** The Audit page: who changed which product, location, user or setting, when and from where. */
package org.stockroom.ui.audit;
