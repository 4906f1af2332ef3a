// 已核实: a warning the clerk has looked at and found right, with an optional note. Marks are kept
// with the draft (localStorage, under the draft's key + ':verified'), each under the finding's
// rule, cell and value (markKey): the mark survives a reload, and it no longer applies once the
// value changes (the same warning about a different number is a new question).
import { storageGet, storageSet, storageRemove } from './draft.js';

// The value a warning is about: the number it names (actual), else what its cell holds as read.
function warningValue(result, f) {
  if (f.actual !== null && f.actual !== undefined) return String(f.actual);
  var t = f.table && result.tables && result.tables[f.table];
  var cell = t && t.rows && f.row && f.column && t.rows[f.row] ? t.rows[f.row][f.column] : null;
  return cell ? String(cell.raw == null ? '' : cell.raw) : '';
}

// rule | table/row/column | value | message. The message keeps apart two warnings of one rule
// about no cell (or about one cell from two sentences); it changes with the numbers anyway.
export function markKey(result, f) {
  return [f.rule, [f.table || '', f.row || '', f.column || ''].join('/'), warningValue(result, f), f.message].join('|');
}

// storageKey: the draft's key (none: marks live as long as the page). Returns
// {get(result, f) -> {note} or null, set(result, f, note), unset(result, f), clear()}.
export function createVerifiedMarks(storageKey) {
  var key = storageKey ? storageKey + ':verified' : '';
  var marks = {};
  try { marks = JSON.parse(storageGet(key) || '{}') || {}; } catch (e) { marks = {}; }

  function save() { storageSet(key, JSON.stringify(marks)); }

  return {
    get: function (result, f) {
      return f.severity === 'warning' ? marks[markKey(result, f)] || null : null;
    },
    set: function (result, f, note) {
      marks[markKey(result, f)] = { note: String(note || '').trim() };
      save();
    },
    unset: function (result, f) {
      delete marks[markKey(result, f)];
      save();
    },
    clear: function () {
      marks = {};
      storageRemove(key);
    }
  };
}
