/**
 * The records that flow between the stages: {@link org.attache.model.CleanDocument} (clean text, paragraphs,
 * block quotes), {@link org.attache.model.Mention}, {@link org.attache.model.Quote},
 * {@link org.attache.model.Statement}, {@link org.attache.model.Analysis}, all immutable, every span a
 * {@link org.attache.model.TextSpan} into the clean text. The bottom layer: imports no other package of Attaché.
 */
package org.attache.model;
