package org.imroc.tracker.learningset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every member of a set (at most {@value LearningSet#MAX_MEMBERS} current), in joining order. */
public record MemberPage(@Schema(maxItems = 1000) List<MemberResponse> items) {}
