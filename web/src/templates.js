// The two national templates as the core defines them (core/templates), read once from the module
// (templates(): ids, labels, row groups, table titles). Nothing here spells a label: the tables
// the page rebuilds and the places the findings list names come from that one definition.
import { engine } from './engine.js';

var byId = null;

// Indexed on first use after the module has loaded (nothing is drawn before that).
function all() {
  if (byId) return byId;
  var list = engine.templates();
  var index = {};
  list.forEach(function (t) {
    var tables = {};
    t.tables.forEach(function (table) { tables[table.id] = table; });
    index[t.id] = tables;
  });
  if (list.length) byId = index;
  return index;
}

// {active, requests, review} of the template, each {id, title, label, rows}; null when unknown.
export function templateTables(templateId) {
  return all()[templateId] || null;
}

function tableOf(templateId, table) {
  var tables = templateTables(templateId) || templateTables('2021');
  return (tables && tables[table]) || { rows: [] };
}

function rowOf(templateId, table, rowId) {
  var rows = tableOf(templateId, table).rows;
  for (var i = 0; i < rows.length; i++) if (rows[i].id === rowId) return rows[i];
  return null;
}

// How the findings list names a row: as the core's messages do ("(五)不予处理 3.要求提供公开出版物").
export function rowLabel(templateId, table, rowId) {
  var row = rowOf(templateId, table, rowId);
  return row ? row.display : rowId;
}

// A column's name; without a row, as the first row that has that column names it.
export function columnLabel(templateId, table, rowId, colId) {
  var rows = tableOf(templateId, table).rows;
  var row = rowId ? rowOf(templateId, table, rowId) : null;
  var candidates = row ? [row] : rows;
  for (var i = 0; i < candidates.length; i++) {
    var cols = candidates[i].columns;
    for (var k = 0; k < cols.length; k++) if (cols[k].id === colId) return cols[k].display;
  }
  return colId;
}

// The short name of a table ("申请情况表").
export function tableLabel(table) {
  return tableOf('2021', table).label || table;
}
