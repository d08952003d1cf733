//! The pictures of `--timeline`: what the event loop did, one row per task, drawn from the
//! recorder's rows (`event_loop::record`) as a text chart for the terminal or as an SVG.
//!
//! Each row divides the run's time into columns; a column shows the most telling thing the
//! task did in it (blocking the loop, then running, then what it waited on), so a step of a
//! microsecond still shows in a chart of seconds. Under the tasks, the loop's own row shows
//! when some task ran and when a blocking call stopped everything.

use crate::event_loop::record::{Activity, Ending, Recorder, Row, WaitKind};
use crate::event_loop::{seconds, Nanos};

mod svg;

pub use svg::{html, svg};

/// Where `--timeline` puts its picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// A text chart on stderr.
    Terminal,
    /// A standalone SVG file.
    Svg(String),
    /// An HTML page with the SVG in it.
    Html(String),
}

impl Output {
    /// `--timeline` (`-` or nothing: the terminal) or `--timeline=FILE.svg` / `FILE.html`.
    pub fn parse(text: &str) -> Result<Output, String> {
        let lower = text.to_ascii_lowercase();
        if text.is_empty() || text == "-" {
            Ok(Output::Terminal)
        } else if lower.ends_with(".svg") {
            Ok(Output::Svg(text.to_string()))
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            Ok(Output::Html(text.to_string()))
        } else {
            Err(format!(
                "'{text}' is not a picture file: give --timeline=FILE.svg or FILE.html, or --timeline alone for the terminal"
            ))
        }
    }
}

/// What a column of a row shows, in order of how telling it is (the most telling wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cell {
    Empty,
    Ready,
    Timer,
    Task,
    Other,
    Event,
    Queue,
    Lock,
    Run,
    Blocked,
    Done,
    Failed,
    Cancelled,
}

impl Cell {
    fn of(activity: &Activity) -> Cell {
        match activity {
            Activity::Run => Cell::Run,
            Activity::Blocked => Cell::Blocked,
            Activity::Wait(WaitKind::Ready, _) => Cell::Ready,
            Activity::Wait(WaitKind::Timer, _) => Cell::Timer,
            Activity::Wait(WaitKind::Task, _) => Cell::Task,
            Activity::Wait(WaitKind::Queue, _) => Cell::Queue,
            Activity::Wait(WaitKind::Lock, _) => Cell::Lock,
            Activity::Wait(WaitKind::Event, _) => Cell::Event,
            Activity::Wait(WaitKind::Other, _) => Cell::Other,
        }
    }

    fn of_ending(ending: &Ending) -> Cell {
        match ending {
            Ending::Done => Cell::Done,
            Ending::Failed(_) => Cell::Failed,
            Ending::Cancelled => Cell::Cancelled,
        }
    }

    fn glyph(self) -> char {
        match self {
            Cell::Empty => ' ',
            Cell::Ready => '·',
            Cell::Timer => '─',
            Cell::Task => '╌',
            Cell::Queue => '≈',
            Cell::Lock => '▒',
            Cell::Event => '◦',
            Cell::Other => '░',
            Cell::Run => '█',
            Cell::Blocked => '▓',
            Cell::Done => '✓',
            Cell::Failed => '✗',
            Cell::Cancelled => '⊘',
        }
    }

    /// The ANSI colour of the glyph, when colour is on.
    fn color(self) -> &'static str {
        match self {
            Cell::Empty => "",
            Cell::Ready => "\x1b[2m",
            Cell::Timer => "\x1b[34m",
            Cell::Task => "\x1b[35m",
            Cell::Queue => "\x1b[36m",
            Cell::Lock => "\x1b[33m",
            Cell::Event => "\x1b[94m",
            Cell::Other => "\x1b[37m",
            Cell::Run | Cell::Done => "\x1b[32m",
            Cell::Blocked | Cell::Failed => "\x1b[31m",
            Cell::Cancelled => "\x1b[33m",
        }
    }

    fn meaning(self) -> &'static str {
        match self {
            Cell::Empty => "",
            Cell::Ready => "ready, waiting its turn",
            Cell::Timer => "sleeping",
            Cell::Task => "awaiting a task",
            Cell::Queue => "awaiting a queue",
            Cell::Lock => "awaiting a lock, semaphore or condition",
            Cell::Event => "awaiting an event",
            Cell::Other => "awaiting a future",
            Cell::Run => "running",
            Cell::Blocked => "blocking (time.sleep): nothing else runs",
            Cell::Done => "done",
            Cell::Failed => "failed",
            Cell::Cancelled => "cancelled",
        }
    }
}

/// The legend's entries, in the order shown.
const LEGEND: [Cell; 12] = [
    Cell::Run,
    Cell::Blocked,
    Cell::Timer,
    Cell::Task,
    Cell::Queue,
    Cell::Lock,
    Cell::Event,
    Cell::Other,
    Cell::Ready,
    Cell::Done,
    Cell::Failed,
    Cell::Cancelled,
];

/// Rows drawn in the terminal at most; the SVG has them all.
const TERMINAL_ROWS: usize = 40;

/// The run's time scale: `columns` columns from `start` to `end`.
struct Scale {
    start: Nanos,
    length: Nanos,
    columns: usize,
}

impl Scale {
    fn new(recorder: &Recorder, columns: usize) -> Scale {
        Scale {
            start: recorder.start,
            length: (recorder.end - recorder.start).max(1),
            columns: columns.max(1),
        }
    }

    /// The column of time `t`.
    fn column(&self, t: Nanos) -> usize {
        let offset = (t - self.start).clamp(0, self.length);
        ((offset * self.columns as Nanos / self.length) as usize).min(self.columns - 1)
    }
}

/// The columns of one row.
fn cells(row: &Row, scale: &Scale) -> Vec<Cell> {
    let mut cells = vec![Cell::Empty; scale.columns];
    for span in &row.spans {
        let cell = Cell::of(&span.activity);
        for c in &mut cells[scale.column(span.start)..=scale.column(span.end)] {
            *c = (*c).max(cell);
        }
    }
    if let Some((at, ending)) = &row.ended {
        let c = scale.column(*at);
        // Just after the last step, where there is room.
        let c = if c + 1 < scale.columns && cells[c + 1] == Cell::Empty {
            c + 1
        } else {
            c
        };
        cells[c] = Cell::of_ending(ending);
    }
    cells
}

/// The loop's row: a blocking call anywhere, else a task running, else idle.
fn loop_cells(rows: &[Vec<Cell>]) -> Vec<Cell> {
    let columns = rows.first().map_or(0, Vec::len);
    (0..columns)
        .map(|c| {
            rows.iter()
                .map(|r| match r[c] {
                    Cell::Blocked => Cell::Blocked,
                    Cell::Run | Cell::Done | Cell::Failed | Cell::Cancelled => Cell::Run,
                    _ => Cell::Empty,
                })
                .max()
                .unwrap_or(Cell::Empty)
        })
        .collect()
}

/// A tick every `step` nanoseconds: the round step (1, 2 or 5 times a power of ten) that
/// leaves at least `min_gap` columns between ticks.
fn tick_step(scale: &Scale, min_gap: usize) -> Nanos {
    let most = (scale.columns / min_gap).max(1) as f64;
    let wanted = scale.length as f64 / most;
    let mut power = 1.0f64;
    while power * 10.0 <= wanted {
        power *= 10.0;
    }
    while power > wanted && power > 1.0 {
        power /= 10.0;
    }
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= wanted)
        .unwrap_or(10.0 * power);
    (step as Nanos).max(1)
}

/// A tick's label: seconds, milliseconds or microseconds, as the step needs (`1.5s`).
fn tick_label(t: Nanos, step: Nanos) -> String {
    let (unit, per) = if step >= 100_000_000 {
        ("s", 1e9)
    } else if step >= 100_000 {
        ("ms", 1e6)
    } else {
        ("µs", 1e3)
    };
    let step_in_unit = step as f64 / per;
    let decimals = if step_in_unit >= 1.0 {
        0
    } else {
        (-step_in_unit.log10().floor()) as usize
    };
    let text = format!("{:.*}", decimals, t as f64 / per);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    format!("{text}{unit}")
}

/// `text` cut to `width` characters (an ellipsis marks the cut).
fn fit(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        return format!("{text:<width$}");
    }
    if width == 0 {
        return String::new();
    }
    let kept: String = text.chars().take(width - 1).collect();
    format!("{kept}…")
}

fn row_label(row: &Row) -> String {
    if row.is_task {
        format!("{}  {}()", row.name, row.coro)
    } else {
        row.name.clone()
    }
}

fn status(row: &Row) -> &'static str {
    if !row.is_task {
        return "";
    }
    match &row.ended {
        Some((_, Ending::Done)) => "done",
        Some((_, Ending::Failed(_))) => "failed",
        Some((_, Ending::Cancelled)) => "cancelled",
        None => "pending",
    }
}

/// Lays cells out as text, coloured or not.
fn paint(cells: &[Cell], color: bool) -> String {
    let mut out = String::new();
    let mut current = "";
    for cell in cells {
        if color && cell.color() != current {
            if !current.is_empty() {
                out.push_str("\x1b[0m");
            }
            current = cell.color();
            out.push_str(current);
        }
        out.push(cell.glyph());
    }
    if color && !current.is_empty() {
        out.push_str("\x1b[0m");
    }
    out
}

/// A time span for people: `3.000 s`, `12.5 ms`.
pub fn duration_text(nanos: Nanos) -> String {
    let s = seconds(nanos);
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.3} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

/// The header line: what was run, how many tasks, how long.
fn header(recorder: &Recorder, program: &str) -> String {
    let tasks = recorder.tasks();
    let clock = if recorder.virtual_time {
        "virtual time"
    } else {
        "real time"
    };
    let tasks = match tasks {
        0 => "no tasks ran,".to_string(),
        1 => "1 task over".to_string(),
        n => format!("{n} tasks over"),
    };
    format!(
        "timeline of {program}: {tasks} {} ({clock})",
        duration_text(recorder.end - recorder.start)
    )
}

/// The text chart, every line at most `width` columns wide.
pub fn chart(recorder: &Recorder, program: &str, width: usize, color: bool) -> String {
    let width = width.max(20);
    let mut out = String::new();
    let line = |text: String, out: &mut String| {
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(fit(&header(recorder, program), width), &mut out);
    if recorder.rows.is_empty() {
        line(
            fit(
                "  (nothing to draw: no task ran and nothing blocked)",
                width,
            ),
            &mut out,
        );
        return out;
    }
    let longest = recorder
        .rows
        .iter()
        .map(|r| row_label(r).chars().count())
        .max()
        .unwrap_or(0)
        .max("(event loop)".len());
    let mut status_width = 10;
    let mut label_width = longest.min(width / 3).max(4);
    if width < label_width + 2 + status_width + 10 {
        status_width = 0;
        label_width = label_width.min(width / 4).max(4);
    }
    let columns = width.saturating_sub(label_width + 2 + status_width).max(1);
    let scale = Scale::new(recorder, columns);
    let pad = " ".repeat(label_width + 2);

    // The axis: labels over ticks.
    let step = tick_step(&scale, 10);
    let mut labels = vec![' '; columns];
    let mut ticks = vec!['─'; columns];
    let mut t: Nanos = 0;
    let mut free_from = 0;
    while t <= scale.length {
        let c = scale.column(scale.start + t);
        ticks[c] = if c == 0 { '├' } else { '┼' };
        let text: Vec<char> = tick_label(t, step).chars().collect();
        let at = c.min(columns.saturating_sub(text.len()));
        if at >= free_from && at + text.len() <= columns {
            labels[at..at + text.len()].copy_from_slice(&text);
            free_from = at + text.len() + 1;
        }
        t += step;
    }
    line(
        format!("{pad}{}", labels.iter().collect::<String>()),
        &mut out,
    );
    line(
        format!("{pad}{}", ticks.iter().collect::<String>()),
        &mut out,
    );

    let all: Vec<Vec<Cell>> = recorder.rows.iter().map(|r| cells(r, &scale)).collect();
    let shown = if all.len() > TERMINAL_ROWS {
        TERMINAL_ROWS - 1
    } else {
        all.len()
    };
    for (row, cells) in recorder.rows.iter().zip(&all).take(shown) {
        let status = if status_width > 0 {
            format!(" {}", status(row))
        } else {
            String::new()
        };
        line(
            format!(
                "{}  {}{status}",
                fit(&row_label(row), label_width),
                paint(cells, color)
            ),
            &mut out,
        );
    }
    if shown < all.len() {
        let more = all.len() - shown;
        line(
            fit(
                &format!("… and {more} more tasks (--timeline=FILE.svg draws them all)"),
                width,
            ),
            &mut out,
        );
    }
    if recorder.tasks() > 0 {
        line(
            format!(
                "{}  {}",
                fit("(event loop)", label_width),
                paint(&loop_cells(&all), color)
            ),
            &mut out,
        );
    }
    let shown_cells: Vec<&Cell> = all.iter().take(shown).flatten().collect();
    out.push_str(&legend(&shown_cells, width, color));
    out
}

/// The legend of the glyphs `cells` use, its entries wrapped to `width`.
fn legend(cells: &[&Cell], width: usize, color: bool) -> String {
    let mut out = String::new();
    let mut current = String::new();
    let mut used = 0;
    for cell in LEGEND.into_iter().filter(|c| cells.contains(&c)) {
        let plain = format!("{} {}", cell.glyph(), cell.meaning());
        let n = plain.chars().count();
        if used > 0 && used + 2 + n > width {
            out.push_str(&current);
            out.push('\n');
            current.clear();
            used = 0;
        }
        if used > 0 {
            current.push_str("  ");
            used += 2;
        }
        if n > width {
            current.push_str(&fit(&plain, width));
            used += width;
            continue;
        }
        current.push_str(&paint(&[cell], color));
        current.push_str(&plain[cell.glyph().len_utf8()..]);
        used += n;
    }
    out.push_str(&current);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_spaced() {
        let scale = Scale {
            start: 0,
            length: 3_000_000_000,
            columns: 60,
        };
        assert_eq!(tick_step(&scale, 10), 500_000_000);
        assert_eq!(tick_step(&scale, 20), 1_000_000_000);
        assert_eq!(tick_label(2_000_000_000, 1_000_000_000), "2s");
        assert_eq!(tick_label(500_000, 500_000), "0.5ms");
        assert_eq!(tick_label(1_500_000_000, 500_000_000), "1.5s");
        assert_eq!(tick_label(0, 500_000_000), "0s");
    }

    #[test]
    fn fit_pads_and_cuts() {
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abcdef", 4), "abc…");
    }

    #[test]
    fn outputs_by_extension() {
        assert_eq!(Output::parse("-"), Ok(Output::Terminal));
        assert_eq!(Output::parse("a.SVG"), Ok(Output::Svg("a.SVG".into())));
        assert_eq!(Output::parse("t.html"), Ok(Output::Html("t.html".into())));
        assert!(Output::parse("t.png").is_err());
    }
}
