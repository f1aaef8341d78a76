//! The virtual list's geometry: which cards are on screen, and where they sit.
//!
//! Cards size to their content (a long sentence wraps, a short card has no empty block), so the
//! list cannot place a card by multiplying its position by one height. It keeps the height each
//! card had when it was last drawn, and for a card never drawn it uses the mean of those measured.
//! From these, one pass over the cards shown gives the window to render, the space above it and
//! the list's whole height. The pass is a sum of floats, a few microseconds for 10,000 cards.
//! Heights are kept by group and never forgotten: after a refresh, a card drawn again at another
//! height simply replaces its old one.
//! Kept out of the widget so that it is tested natively.

/// Used for every card until one has been measured.
const FIRST_GUESS: f64 = 150.0;

/// The heights drawn so far, by group (a card shows one group of mentions).
#[derive(Debug, Default)]
pub struct Heights {
    /// 0.0 for a group not measured yet.
    drawn: Vec<f64>,
    sum: f64,
    count: usize,
}

/// The cards to render, `first..last` in the order shown, with the space above the first and the
/// height of the whole list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub first: usize,
    pub last: usize,
    pub above: f64,
    pub total: f64,
}

impl Heights {
    /// Notes the height a group's card was drawn at. Returns whether that moves anything by more
    /// than half a pixel, so that the list is laid out again only when it must be.
    pub fn set(&mut self, group: usize, h: f64) -> bool {
        if !(h > 0.0 && h.is_finite()) {
            return false;
        }
        if group >= self.drawn.len() {
            self.drawn.resize(group + 1, 0.0);
        }
        let old = self.drawn[group];
        if old > 0.0 && (old - h).abs() <= 0.5 {
            return false;
        }
        if old > 0.0 {
            self.sum -= old;
        } else {
            self.count += 1;
        }
        self.sum += h;
        self.drawn[group] = h;
        true
    }

    /// A group's height: as drawn, or else the mean of those drawn.
    pub fn of(&self, group: usize) -> f64 {
        match self.drawn.get(group) {
            Some(&h) if h > 0.0 => h,
            _ => self.guess(),
        }
    }

    fn guess(&self) -> f64 {
        if self.count == 0 {
            FIRST_GUESS
        } else {
            self.sum / self.count as f64
        }
    }

    /// Where the card at `pos` (in the order shown) starts.
    pub fn offset(&self, groups: impl Iterator<Item = usize>, pos: usize) -> f64 {
        groups.take(pos).map(|g| self.of(g)).sum()
    }

    /// The cards that meet the scroller's viewport (from `top`, `height` tall), with `overscan`
    /// more on either side.
    pub fn window<I>(&self, groups: I, top: f64, height: f64, overscan: usize) -> Window
    where
        I: ExactSizeIterator<Item = usize> + Clone,
    {
        let n = groups.len();
        let (mut y, mut seen_first, mut seen_last) = (0.0, n, n);
        for (i, g) in groups.clone().enumerate() {
            if seen_last == n && y >= top + height {
                seen_last = i;
            }
            y += self.of(g);
            if seen_first == n && y > top {
                seen_first = i;
            }
        }
        let first = seen_first.saturating_sub(overscan);
        Window {
            first,
            last: (seen_last.max(seen_first) + overscan).min(n),
            above: self.offset(groups, first),
            total: y,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(hs: &[f64]) -> Heights {
        let mut h = Heights::default();
        for (g, &x) in hs.iter().enumerate() {
            h.set(g, x);
        }
        h
    }

    fn win(h: &Heights, n: usize, top: f64, height: f64, over: usize) -> (usize, usize, f64, f64) {
        let w = h.window(0..n, top, height, over);
        (w.first, w.last, w.above, w.total)
    }

    #[test]
    fn a_measured_height_is_kept_and_the_rest_are_guessed_by_the_mean() {
        let h = drawn(&[100.0, 300.0]);
        assert_eq!(h.of(0), 100.0);
        assert_eq!(h.of(1), 300.0);
        assert_eq!(h.of(7), 200.0, "the mean of those drawn");
        assert_eq!(Heights::default().of(0), FIRST_GUESS);
    }

    #[test]
    fn only_a_real_change_asks_for_a_new_layout() {
        let mut h = Heights::default();
        for (group, height, moved) in [
            (0, 120.0, true),
            (0, 120.4, false),
            (0, 121.0, true),
            (3, 0.0, false),
            (3, f64::NAN, false),
            (3, 80.0, true),
        ] {
            assert_eq!(h.set(group, height), moved, "set({group}, {height})");
        }
        assert_eq!(
            h.of(1),
            (121.0 + 80.0) / 2.0,
            "a re-measured card replaces its old height"
        );
    }

    #[test]
    fn the_window_follows_cards_of_different_heights() {
        let h = drawn(&[100.0, 50.0, 200.0, 50.0, 100.0, 100.0]);
        for (top, height, over, want) in [
            (0.0, 120.0, 0, (0, 2, 0.0, 600.0)),
            (100.0, 50.0, 0, (1, 2, 100.0, 600.0)),
            (120.0, 200.0, 0, (1, 3, 100.0, 600.0)),
            (120.0, 200.0, 1, (0, 4, 0.0, 600.0)),
            (550.0, 400.0, 2, (3, 6, 350.0, 600.0)),
            (5000.0, 400.0, 1, (5, 6, 500.0, 600.0)),
        ] {
            assert_eq!(
                win(&h, 6, top, height, over),
                want,
                "top {top}, height {height}"
            );
        }
    }

    #[test]
    fn an_empty_list_has_an_empty_window() {
        assert_eq!(win(&Heights::default(), 0, 0.0, 500.0, 4), (0, 0, 0.0, 0.0));
    }

    #[test]
    fn an_offset_sums_the_cards_before_it() {
        let h = drawn(&[100.0, 50.0]);
        assert_eq!(h.offset([1, 0, 1].into_iter(), 0), 0.0);
        assert_eq!(h.offset([1, 0, 1].into_iter(), 2), 150.0);
        assert_eq!(h.offset([1, 5].into_iter(), 2), 125.0, "group 5 is guessed");
    }
}
