//! `--timeline=FILE.svg`: the chart as a standalone SVG picture (and `FILE.html`, a page
//! holding it). Every span is a rectangle whose hover title gives its exact times.

use std::fmt::Write;

use super::{duration_text, header, row_label, status, tick_label, tick_step, Cell, Scale, LEGEND};
use crate::event_loop::record::{Activity, Ending, Recorder};
use crate::event_loop::Nanos;

const WIDTH: f64 = 1000.0;
const LABEL_WIDTH: f64 = 260.0;
const STATUS_WIDTH: f64 = 80.0;
const ROW_HEIGHT: f64 = 22.0;
const TOP: f64 = 64.0;
/// Columns the axis's ticks are spaced over (at least 100 apart): about ten ticks.
const TICK_COLUMNS: usize = 1000;

fn fill(cell: Cell) -> &'static str {
    match cell {
        Cell::Empty => "none",
        Cell::Ready => "#d0d0d0",
        Cell::Timer => "#6fa8dc",
        Cell::Task => "#b48ead",
        Cell::Queue => "#3fb8c4",
        Cell::Lock => "#e6b422",
        Cell::Event => "#7b8ff0",
        Cell::Other => "#a0a0a0",
        Cell::Run => "#2e9e44",
        Cell::Blocked => "#d0342c",
        Cell::Done => "#2e9e44",
        Cell::Failed => "#d0342c",
        Cell::Cancelled => "#c77c02",
    }
}

/// `text` with XML's special characters escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn activity_text(activity: &Activity) -> String {
    match activity {
        Activity::Run => "running".to_string(),
        Activity::Blocked => "blocking the loop".to_string(),
        Activity::Wait(_, what) => format!("awaiting {what}"),
    }
}

/// The chart as an SVG document.
pub fn svg(recorder: &Recorder, program: &str) -> String {
    let bar_x = LABEL_WIDTH + 10.0;
    let bar_width = WIDTH - bar_x - STATUS_WIDTH;
    let scale = Scale::new(recorder, TICK_COLUMNS);
    let x = |t: Nanos| {
        let offset = (t - scale.start).clamp(0, scale.length) as f64;
        bar_x + offset / scale.length as f64 * bar_width
    };
    let at = |t: Nanos| duration_text(t - recorder.start);
    let rows = recorder.rows.len();
    let legend_y = TOP + (rows as f64 + 0.5) * ROW_HEIGHT + 10.0;
    let height = legend_y + LEGEND.len() as f64 * 16.0 + 10.0;

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="monospace" font-size="12">"#
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        out,
        r#"<text x="10" y="20" font-size="14">{}</text>"#,
        escape(&header(recorder, program))
    );

    // The axis.
    let step = tick_step(&scale, 100);
    let axis_y = TOP - 14.0;
    let _ = writeln!(
        out,
        r##"<g class="axis" stroke="#999"><line x1="{bar_x}" y1="{axis_y}" x2="{:.1}" y2="{axis_y}"/></g>"##,
        bar_x + bar_width
    );
    let mut t: Nanos = 0;
    while t <= scale.length {
        let tx = x(scale.start + t);
        let _ = writeln!(
            out,
            r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#eee"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
            axis_y,
            TOP + rows as f64 * ROW_HEIGHT,
            axis_y - 6.0,
            escape(&tick_label(t, step))
        );
        t += step;
    }

    // One group per task.
    for (i, row) in recorder.rows.iter().enumerate() {
        let y = TOP + i as f64 * ROW_HEIGHT;
        let label = row_label(row);
        let _ = writeln!(
            out,
            r#"<g class="{}" data-name="{}"><text x="10" y="{:.1}">{}</text>"#,
            if row.is_task { "task" } else { "program" },
            escape(&row.name),
            y + 15.0,
            escape(&label)
        );
        for span in &row.spans {
            let cell = Cell::of(&span.activity);
            let (x0, x1) = (x(span.start), x(span.end));
            let drawn = match cell {
                Cell::Run | Cell::Blocked => (x1 - x0).max(1.5),
                _ if x1 - x0 < 0.1 => continue,
                _ => x1 - x0,
            };
            let (top, tall) = match cell {
                Cell::Run | Cell::Blocked => (y + 3.0, ROW_HEIGHT - 6.0),
                _ => (y + 8.0, ROW_HEIGHT - 16.0),
            };
            let _ = writeln!(
                out,
                r#"<rect x="{x0:.2}" y="{top:.1}" width="{drawn:.2}" height="{tall:.1}" fill="{}"><title>{}: {} from {} to {}</title></rect>"#,
                fill(cell),
                escape(&row.name),
                escape(&activity_text(&span.activity)),
                at(span.start),
                at(span.end)
            );
        }
        let end_text = match &row.ended {
            Some((when, ending)) => {
                let what = match ending {
                    Ending::Failed(line) => format!("failed: {line}"),
                    _ => status(row).to_string(),
                };
                let _ = writeln!(
                    out,
                    r#"<text x="{:.1}" y="{:.1}" fill="{}">{}<title>{} at {}</title></text>"#,
                    x(*when) + 2.0,
                    y + 15.0,
                    fill(Cell::of_ending(ending)),
                    Cell::of_ending(ending).glyph(),
                    escape(&what),
                    at(*when)
                );
                what
            }
            None => "pending".to_string(),
        };
        let _ = writeln!(
            out,
            r##"<text x="{:.1}" y="{:.1}" fill="#555">{}<title>{}</title></text></g>"##,
            WIDTH - STATUS_WIDTH + 14.0,
            y + 15.0,
            status(row),
            escape(&end_text)
        );
    }

    // The legend.
    let _ = writeln!(out, r#"<g class="legend">"#);
    for (i, cell) in LEGEND.into_iter().enumerate() {
        let ly = legend_y + i as f64 * 16.0;
        let _ = writeln!(
            out,
            r#"<rect x="10" y="{ly:.1}" width="12" height="12" fill="{}"/><text x="28" y="{:.1}">{}</text>"#,
            fill(cell),
            ly + 10.0,
            escape(cell.meaning())
        );
    }
    let _ = writeln!(out, "</g>\n</svg>");
    out
}

/// A page holding the SVG.
pub fn html(recorder: &Recorder, program: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n{}</body>\n</html>\n",
        escape(&header(recorder, program)),
        svg(recorder, program)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<a & 'b'>"), "&lt;a &amp; &apos;b&apos;&gt;");
    }
}
